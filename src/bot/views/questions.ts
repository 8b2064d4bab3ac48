// How a question's copy reads: for staff (the question, its translation into their language
// with the original below, who asked as "Resident #<n> (language)"), for the resident (the
// answer in their language with the machine mark), and the reminder. Everything typed is escaped.
import type { QuestionCopy } from "../../domain/questions.ts";
import { QUESTION_KINDS } from "../../domain/questions.ts";
import { escapeHtml as esc, truncate } from "../formatting.ts";
import type { Translate, Translator } from "../i18n.ts";

/** Most characters of one text in a copy (Telegram allows 4096 per message). */
const TEXT_MAX = 1800;

/** "Resident #12 (العربية)", with the first name when the resident chose to share it. */
export function residentLabel(t: Translate, translate: Translator, copy: Pick<QuestionCopy, "residentNumber" | "residentLocale" | "sharedName">): string {
  const language = translate(copy.residentLocale, "language-name");
  return copy.sharedName
    ? t("ask-resident-named", { number: String(copy.residentNumber), language, name: copy.sharedName })
    : t("ask-resident", { number: String(copy.residentNumber), language });
}

/** The message body: the translation with the mark and the original below, or the original alone. */
function body(t: Translate, translate: Translator, message: NonNullable<QuestionCopy["message"]>, recipientLocale: string, originalBelow: boolean): string[] {
  const original = `<i>${esc(truncate(message.original, TEXT_MAX))}</i>`;
  if (message.translated) {
    const lines = [esc(truncate(message.translated, TEXT_MAX)), `<i>${esc(t("translation-mark"))}</i>`];
    if (originalBelow) lines.push("", esc(t("translation-original-header", { language: translate(message.locale, "language-name") })), original);
    return lines;
  }
  if (message.locale !== recipientLocale) return [original, "", esc(t("ask-not-translated", { language: translate(message.locale, "language-name") }))];
  return [original];
}

/** The copy for staff (a group or a private chat) or the reminder. */
export function renderStaffCopy(t: Translate, translate: Translator, copy: QuestionCopy, recipientLocale: string): string {
  const who = residentLabel(t, translate, copy);
  const headline =
    copy.kind === QUESTION_KINDS.reminder
      ? t("ask-reminder-headline", { resident: who, days: copy.replyDays })
      : copy.message?.followUp
        ? t("ask-followup-headline", { resident: who })
        : t("ask-question-headline", { resident: who });
  const lines = [`<b>${esc(headline)}</b>`];
  lines.push(esc(copy.offerTitle ? t("ask-about-offer", { title: copy.offerTitle }) : copy.organizationName ? t("ask-about-organization", { name: copy.organizationName }) : t("ask-about-city")));
  lines.push("");
  if (copy.erased || !copy.message) lines.push(esc(t("ask-deleted")));
  else lines.push(...body(t, translate, copy.message, recipientLocale, true));
  lines.push("", esc(t("ask-reply-hint")));
  return lines.join("\n");
}

/** For admins' /stats: open and answered questions per organization; nothing when there are none. */
export function renderQuestionCounts(t: Translate, rows: { name: string | null; open: number; answered: number }[]): string {
  if (!rows.length) return "";
  const lines = rows.map((r) => esc(t("ask-stats-row", { name: r.name ?? t("ask-the-city"), open: r.open, answered: r.answered })));
  return `\n\n<b>${esc(t("ask-stats-title"))}</b>\n${lines.join("\n")}`;
}

/** The answer, for the resident. */
export function renderAnswer(t: Translate, translate: Translator, copy: QuestionCopy, recipientLocale: string): string {
  const from = copy.organizationName ? t("ask-answer-from", { name: copy.organizationName }) : t("ask-answer-from-city");
  const lines = [`<b>${esc(from)}</b>`];
  if (copy.offerTitle) lines.push(esc(t("ask-about-offer", { title: copy.offerTitle })));
  lines.push("");
  if (!copy.message) lines.push(esc(t("ask-deleted")));
  else lines.push(...body(t, translate, copy.message, recipientLocale, false));
  lines.push("", esc(t("ask-answer-hint")));
  return lines.join("\n");
}
