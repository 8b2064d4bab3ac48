// The outbox transport for a question's copies (kinds "question-*", src/domain/questions.ts):
// renders the copy from the thread at send time (so no outbox row holds a resident's text),
// sends it to the row's chat (a staff group, a staff member, or the resident), and records the
// sent message: a reply to it in that chat belongs to the thread.
import type { Api } from "grammy";
import type { DeliveryTransport, OutboxRow, TransportResult } from "../domain/deliveries.ts";
import type { JobServices } from "../domain/index.ts";
import { QUESTION_KINDS } from "../domain/questions.ts";
import type { Logger } from "../logger.ts";
import type { Translate, Translator } from "./i18n.ts";
import { answerKeyboard, staffCopyKeyboard } from "./keyboards/questions.ts";
import { deliveryOutcome } from "./telegram-errors.ts";
import { renderAnswer, renderStaffCopy } from "./views/questions.ts";

export type QuestionTransportDeps = {
  api: Api;
  translate: Translator;
  questions: JobServices["questions"];
  log?: Logger;
};

export function createQuestionTransport({ api, translate, questions, log }: QuestionTransportDeps): DeliveryTransport {
  return {
    async send(row: OutboxRow): Promise<TransportResult> {
      const copy = await questions.copy(row.kind, row.payload, row.locale);
      if (!copy) return { kind: "failed", reason: "question gone", retryable: false };
      const t: Translate = (key, args) => translate(row.locale, key, args);
      const toResident = row.kind === QUESTION_KINDS.toResident;
      if (toResident && !copy.message) return { kind: "failed", reason: "answer gone", retryable: false };
      const text = toResident ? renderAnswer(t, translate, copy, row.locale) : renderStaffCopy(t, translate, copy, row.locale);
      const keyboard = toResident ? answerKeyboard(t, copy.threadId, copy.message?.translated ? copy.message.id : null) : staffCopyKeyboard(t, copy.threadId);
      const chatId = row.chatId ?? row.telegramId;
      try {
        const sent = await api.sendMessage(Number(chatId), text, { parse_mode: "HTML", reply_markup: keyboard });
        await questions
          .recordRelay({ threadId: copy.threadId, messageId: copy.message?.id ?? null, chatId, telegramMessageId: sent.message_id })
          .catch((error: unknown) => log?.error({ err: error, threadId: copy.threadId }, "recording a question's copy failed"));
        return { kind: "sent", messageId: sent.message_id };
      } catch (error) {
        return deliveryOutcome(error);
      }
    },
  };
}
