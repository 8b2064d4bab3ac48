// Buttons of "Ask the organiser": ask about an offer (on its card) or the city, the staff's
// ✅ Done and 🚫 Block asker on a relayed question, the resident's 📄 Show original and ↩️ Reply
// on an answer, and the share-name choice of the question conversation.
import { InlineKeyboard } from "grammy";
import { callbackCodec, oneOf, positiveId } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

/** 0: a general question to the city; else the offer's id. */
export const askButton = callbackCodec("ask", "q", {
  encode: (offerId: number) => String(offerId),
  decode: (raw: string) => (raw === "0" ? 0 : positiveId.decode(raw)),
});
export const doneButton = callbackCodec("ask", "done", positiveId);
export const blockButton = callbackCodec("ask", "block", positiveId);
export const originalButton = callbackCodec("ask", "orig", positiveId);
export const replyButton = callbackCodec("ask", "re", positiveId);
/** The question conversation's own buttons. */
export const ASK_CANCEL = "askc:cancel";
export const shareNameButton = callbackCodec("askc", "name", oneOf(["yes", "no"] as const));

/** The "💬 Ask a question" button of an offer's card (0: the city). */
export function askQuestionButton(t: Translate, offerId: number): { text: string; callback_data: string } {
  return { text: t("ask-button"), callback_data: askButton.pack(offerId) };
}

export function staffCopyKeyboard(t: Translate, threadId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("ask-done-button"), doneButton.pack(threadId)).text(t("ask-block-button"), blockButton.pack(threadId));
}

export function answerKeyboard(t: Translate, threadId: number, messageId: number | null): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (messageId !== null) keyboard.text(t("translation-show-original"), originalButton.pack(messageId));
  return keyboard.text(t("ask-reply-button"), replyButton.pack(threadId));
}

export function shareNameKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("ask-share-name-no"), shareNameButton.pack("no"))
    .row()
    .text(t("ask-share-name-yes"), shareNameButton.pack("yes"))
    .row()
    .text(t("signup-cancel"), ASK_CANCEL);
}
