// The delivery engine's transport: renders one announcement for one recipient (their language,
// or the source language with a notice; a machine-made version with its mark and "Show
// original") and sends it with the Bot API, turning Telegram's answers into what the engine
// needs to know (sent, rate-limited, blocked, failed).
import { InlineKeyboard, type Api } from "grammy";
import type { AnnouncementsService } from "../domain/announcements.ts";
import type { DeliveryTransport, OutboxRow, TransportResult } from "../domain/deliveries.ts";
import { deepLink } from "./deep-links.ts";
import { formatDateTime, isolate } from "./formatting.ts";
import type { Translate, Translator } from "./i18n.ts";
import { showOriginal } from "./keyboards/announcements.ts";
import { EMPTY_LIST, listButton } from "./keyboards/offers.ts";
import { deliveryOutcome } from "./telegram-errors.ts";
import { announcementBody } from "./views/announcement-translation.ts";

export type AnnouncementTransportDeps = {
  api: Api;
  translate: Translator;
  announcements: Pick<AnnouncementsService, "content" | "digestOffers">;
  /** Dates in digests are shown in the bot's time zone. */
  timezone: string;
  /** The bot's username, for the "open offer" link of promoted offers. */
  botUsername: () => string;
  /** Adds the "unsubscribe from this topic" button (subscriptions feature). */
  unsubscribeButton?: (t: Translate, topic: string) => { text: string; callback_data: string };
};

export function createAnnouncementTransport(deps: AnnouncementTransportDeps): DeliveryTransport {
  // Every recipient of an announcement needs the same texts: read them once per announcement.
  const contents = new Map<number, ReturnType<AnnouncementsService["content"]>>();
  const content = (id: number) => {
    let entry = contents.get(id);
    if (!entry) {
      entry = deps.announcements.content(id);
      contents.set(id, entry);
      if (contents.size > 100) contents.delete(contents.keys().next().value!);
    }
    return entry;
  };

  return {
    async send(row: OutboxRow): Promise<TransportResult> {
      if (row.announcementId === null) return { kind: "failed", reason: "announcement row without announcement", retryable: false };
      const announcementId = row.announcementId;
      const { kind, texts, textOrigins, sourceLocale, topic, offerId } = await content(announcementId);
      const t: Translate = (key, args) => deps.translate(row.locale, key, args);
      const keyboard = new InlineKeyboard();
      let text: string;
      let machine = false;
      if (kind === "DIGEST") {
        const offers = await deps.announcements.digestOffers(announcementId, row.userId, row.locale);
        // Offers cancelled since the digest was queued: nothing new is left to tell.
        if (offers.length === 0) return { kind: "failed", reason: "digest: nothing new any more", retryable: false };
        const dates = { locale: row.locale, timezone: deps.timezone };
        const lines = offers.map((o) => `${o.emoji} ${isolate(o.title)} · ${isolate(formatDateTime(o.startsAt, dates))}${o.districtName ? ` · ${isolate(o.districtName)}` : ""}`);
        text = `${t("digest-title")}\n\n${lines.join("\n")}`;
        keyboard.text(t("search-all-offers"), listButton.pack(EMPTY_LIST)).row();
      } else {
        ({ text, machine } = announcementBody(t, { texts, textOrigins, sourceLocale }, row.locale));
      }
      if (offerId) keyboard.url(t("announcement-open-offer"), deepLink(deps.botUsername(), { kind: "offer", offerId })).row();
      // "Show original" and "Unsubscribe" side by side.
      if (machine) keyboard.add(showOriginal(t, announcementId));
      if (topic && deps.unsubscribeButton) keyboard.add(deps.unsubscribeButton(t, topic));
      try {
        const message = await deps.api.sendMessage(Number(row.telegramId), text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
        return { kind: "sent", messageId: message.message_id };
      } catch (error) {
        return deliveryOutcome(error);
      }
    },
  };
}
