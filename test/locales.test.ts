import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR, negotiateLocale } from "../src/bot/i18n.ts";
import { matchLocale, SUPPORTED_LOCALES } from "../src/domain/locales.ts";

type Entry = { variables: string[] };

/** Every message id with the variables it uses (from the parsed AST, so selectors count too). */
function parse(locale: string): { entries: Map<string, Entry>; errors: string[] } {
  const source = readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), "utf8");
  const resource = new FluentResource(source);
  const bundle = new FluentBundle(locale);
  const errors = bundle.addResource(resource).map(String);
  const entries = new Map<string, Entry>();
  for (const message of resource.body) {
    if (message.id.startsWith("-")) continue;
    const variables = new Set<string>();
    JSON.stringify(message, (key, value) => {
      if (value && value.type === "var") variables.add(value.name);
      return value;
    });
    entries.set(message.id, { variables: [...variables].sort() });
  }
  return { entries, errors };
}

describe("locales", () => {
  const reference = parse("en").entries;

  it.each(SUPPORTED_LOCALES)("when %s.ftl is loaded, then it parses and has every key with the same variables", (locale) => {
    const { entries, errors } = parse(locale);
    expect(errors).toEqual([]);
    expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, entry] of reference) expect(entries.get(key)?.variables, `${locale}: ${key}`).toEqual(entry.variables);
  });

  it("when the language buttons are built, then every language has its own distinct name", () => {
    const own = SUPPORTED_LOCALES.map((locale) => {
      const source = readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), "utf8");
      return /^language-name = (.+)$/m.exec(source)?.[1];
    });
    expect(new Set(own).size).toBe(SUPPORTED_LOCALES.length);
    expect(own).toContain("العربية");
    expect(own).toContain("Українська");
  });
});

describe("locales: Telegram's language_code", () => {
  it.each([
    ["ar", "ar"],
    ["uk-UA", "uk"],
    ["pt-br", undefined],
    ["kmr", "ku"],
    ["ku-TR", "ku"],
    ["prs", "fa"],
    ["ckb", undefined],
    ["ckb-IQ", undefined],
    ["ja", undefined],
    [undefined, undefined],
  ])("when the code is %s, then the locale is %s", (code, expected) => {
    expect(matchLocale(code)).toBe(expected);
  });

  it("when a Sorani (ckb) user has no stored language, then they get the default language, not Latin-script Kurmanji", () => {
    expect(negotiateLocale({ user: undefined, from: { id: 1, is_bot: false, first_name: "Aso", language_code: "ckb" } }, "de")).toBe("de");
  });
});
