// What a provider gets for one text, and what we accept back. A text becomes an HTML fragment:
// escaped, "\n" as <br>, and what must stay as it is (links, e-mail addresses, phone numbers,
// times, dates, emoji, Telegram usernames and the names the caller names: the organization,
// districts, the address) wrapped in <span translate="no">, which LibreTranslate and DeepL both
// leave alone. The answer is checked (not empty, not far longer, the same tags, balanced, every
// protected span still there) before it is turned back into plain text.

/** One text, ready to send. */
export type Fragment = {
  /** The plain text it was made from. */
  readonly text: string;
  /** What is sent: escaped HTML with <br> and protected spans. */
  readonly html: string;
  /** The protected spans' plain contents, in order. */
  readonly spans: readonly string[];
  /** Per protected content: whether the text had white space before / after it. */
  readonly spacing: ReadonlyMap<string, { before: boolean; after: boolean }>;
  /** How many line breaks the text has. */
  readonly breaks: number;
};

export type FragmentReading =
  | { ok: true; text: string; restored: number }
  | { ok: false; problem: "empty" | "bloated" | "markup" | "span-lost" };

const OPEN_SPAN = '<span translate="no">';

/**
 * Patterns of what must survive as typed. Dates come before times so that "05.12." is a date,
 * not the time 05:12; a dotted time counts only before "Uhr" ("15.30 Uhr").
 */
const PROTECTED: readonly RegExp[] = [
  // Links: with a scheme, www., or t.me/…; a closing punctuation mark is not part of them.
  /\b(?:https?:\/\/|www\.|t\.me\/)[^\s<>"]*[^\s<>".,;:!?)\]}'»«“”„]/giu,
  // E-mail addresses.
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  // Telegram usernames (@treffpunkt_bot).
  /(?<![\p{L}\p{N}_.@])@[A-Za-z][A-Za-z0-9_]{3,31}\b/gu,
  // Dates: 05.12.2026, 5.12.26, 12.12.; ISO 2026-12-05.
  /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{4}(?!\d)|\d{2}(?![\d.]))?/gu,
  /(?<!\d)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/gu,
  // Times: 15:00, 9:30, 15.30 Uhr.
  /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/gu,
  /(?<![\d:.])(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?Uhr\b)/gu,
  // Phone numbers: +49 511 1234567, +49 (0) 511 123-45, 0511 / 123 45 67, (0511) 12345, 0151-23456789.
  /(?<![\p{L}\p{N}+])(?:\+\d{1,3}(?:[ -]?\(0\))?|\(0\d{1,5}\)|0\d{1,5})(?:(?: ?[/-] ?| )?\d+)+/gu,
  // Emoji, with skin tones, variation selectors and joined sequences; flags.
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u20E3|\p{Emoji_Modifier}|\u200D(?:\p{Extended_Pictographic}|\p{Regional_Indicator})|\p{Regional_Indicator})*/gu,
];

/** A phone number has 6 to 15 digits; anything else the pattern caught is not one. */
function plausible(match: string, pattern: RegExp): boolean {
  if (pattern !== PROTECTED[7]) return true;
  const digits = match.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function unescapeHtml(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/** The ranges of `text` that must not be translated, merged where they overlap. */
export function protectedRanges(text: string, keep: readonly string[] = []): [number, number][] {
  const found: [number, number][] = [];
  for (const pattern of PROTECTED) {
    for (const match of text.matchAll(pattern)) {
      if (plausible(match[0], pattern)) found.push([match.index, match.index + match[0].length]);
    }
  }
  for (const name of keep) {
    const needle = name.trim();
    if (needle.length < 2 || needle.includes("\n")) continue;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push([at, at + needle.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The fragment sent for `text`. */
export function toFragment(text: string, keep: readonly string[] = []): Fragment {
  const normalized = text.replace(/\r\n?/g, "\n");
  const ranges = protectedRanges(normalized, keep);
  const plain = (part: string) => escapeHtml(part).replace(/\n/g, "<br>");
  let html = "";
  let at = 0;
  const spans: string[] = [];
  const spacing = new Map<string, { before: boolean; after: boolean }>();
  for (const [start, end] of ranges) {
    html += plain(normalized.slice(at, start));
    const content = normalized.slice(start, end);
    html += `${OPEN_SPAN}${escapeHtml(content)}</span>`;
    spans.push(content);
    const seen = spacing.get(content) ?? { before: false, after: false };
    spacing.set(content, { before: seen.before || /\s/.test(normalized[start - 1] ?? ""), after: seen.after || /\s/.test(normalized[end] ?? "") });
    at = end;
  }
  html += plain(normalized.slice(at));
  return { text: normalized, html, spans, spacing, breaks: (normalized.match(/\n/g) ?? []).length };
}

type Token = { kind: "text"; text: string } | { kind: "br" } | { kind: "span"; content: string };

/** The answer as text, br and protected spans; null when its markup is not what we sent. */
function tokenize(html: string): Token[] | null {
  const tokens: Token[] = [];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
  let at = 0;
  let open: string | null = null;
  const text = (raw: string) => {
    if (!raw) return true;
    if (/[<>]/.test(raw)) return false; // a broken tag
    if (open !== null) open += raw;
    else tokens.push({ kind: "text", text: unescapeHtml(raw) });
    return true;
  };
  for (const match of html.matchAll(tag)) {
    if (!text(html.slice(at, match.index))) return null;
    at = match.index + match[0].length;
    const [, closing, rawName, attributes] = match;
    const name = rawName!.toLowerCase();
    if (name === "br" && !closing) {
      if (open !== null) return null; // we never put a line break inside a protected span
      tokens.push({ kind: "br" });
    } else if (name === "span" && !closing) {
      if (open !== null || !/\btranslate\s*=\s*(["']?)no\1/i.test(attributes!)) return null;
      open = "";
    } else if (name === "span" && closing) {
      if (open === null) return null;
      tokens.push({ kind: "span", content: unescapeHtml(open) });
      open = null;
    } else {
      return null; // a tag we did not send
    }
  }
  if (!text(html.slice(at)) || open !== null) return null;
  return tokens;
}

/**
 * Puts the provider's spans back to what we sent. Equal as a multiset: nothing to do. Changed
 * (the same number of spans): restored only when it is clear which span was which: exactly one
 * changed, or each changed span still contains exactly one of the missing contents and no two
 * claim the same ("«ar» 15:00" for "15:00"). Otherwise (a span lost, or guessing) null.
 */
function restoreSpans(got: readonly string[], expected: readonly string[]): { spans: string[]; restored: number } | null {
  if (got.length !== expected.length) return null;
  const missing = [...expected];
  const changed: number[] = [];
  got.forEach((content, index) => {
    const found = missing.indexOf(content);
    if (found === -1) changed.push(index);
    else missing.splice(found, 1);
  });
  if (changed.length === 0) return { spans: [...got], restored: 0 };
  const spans = [...got];
  if (changed.length === 1) {
    spans[changed[0]!] = missing[0]!;
    return { spans, restored: 1 };
  }
  const claimed = new Set<number>();
  for (const index of changed) {
    const candidates = missing.flatMap((content, m) => (got[index]!.includes(content) ? [m] : []));
    const distinct = new Set(candidates.map((m) => missing[m]));
    if (distinct.size !== 1) return null;
    const pick = candidates.find((m) => !claimed.has(m));
    if (pick === undefined) return null;
    claimed.add(pick);
    spans[index] = missing[pick]!;
  }
  return { spans, restored: changed.length };
}

/** The provider's answer for `fragment` as plain text, or why it is not acceptable. */
export function readFragment(answer: string, fragment: Fragment): FragmentReading {
  if (!answer.trim() && fragment.text.trim()) return { ok: false, problem: "empty" };
  const tokens = tokenize(answer.trim());
  if (!tokens) return { ok: false, problem: "markup" };
  if (tokens.filter((t) => t.kind === "br").length !== fragment.breaks) return { ok: false, problem: "markup" };
  const spans = tokens.flatMap((t) => (t.kind === "span" ? [t.content] : []));
  const restoring = restoreSpans(spans, fragment.spans);
  if (!restoring) return { ok: false, problem: "span-lost" };

  // Providers that translate text nodes one by one may drop the space next to a span: the
  // source's spacing around each protected span is put back.
  let text = "";
  let spanIndex = 0;
  let spanEnd: { at: number; after: boolean } | null = null;
  for (const token of tokens) {
    if (token.kind === "text") {
      const needsSpace = spanEnd?.after && spanEnd.at === text.length && text && !/\s$/.test(text) && /^[^\s.,;:!?)]/.test(token.text);
      text += (needsSpace ? " " : "") + token.text;
    } else if (token.kind === "br") {
      text += "\n";
    } else {
      const content = restoring.spans[spanIndex++]!;
      const spacing = fragment.spacing.get(content);
      if (spacing?.before && text && !/\s$/.test(text) && !/[(„"«]$/.test(text)) text += " ";
      text += content;
      spanEnd = { at: text.length, after: spacing?.after ?? false };
    }
  }
  text = text.replace(/[ \t]+\n/g, "\n").replace(/\n[ \t]+/g, "\n").trim();
  // Doubled spaces the source did not have come from the seams between text nodes and spans.
  if (!/ {2}/.test(fragment.text)) text = text.replace(/ {2,}/g, " ");

  if (!text && fragment.text.trim()) return { ok: false, problem: "empty" };
  if (text.length > fragment.text.length * 3 + 40) return { ok: false, problem: "bloated" };
  return { ok: true, text, restored: restoring.restored };
}
