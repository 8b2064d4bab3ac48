// The outbox transport for notices: renders a notice row (src/domain/outbox.ts) in the
// recipient's language and sends it with the Bot API, turning Telegram's answer into what the
// delivery engine needs (sent, rate-limited, blocked, failed). It needs no bot and no ctx,
// only an Api object and the translations. Announcements: announcement-transport.ts.
import { InlineKeyboard, type Api } from "grammy";
import type { DeliveryTransport, OutboxRow, TransportResult } from "../domain/deliveries.ts";
import type { Notice } from "../domain/notifier.ts";
import { decodeNotice } from "../domain/outbox.ts";
import { stillComingAnswer } from "./keyboards/signups.ts";
import { escapeHtml as esc, formatDateTime, formatTimeRange, type DateStyle } from "./formatting.ts";
import type { Translate, Translator } from "./i18n.ts";
import { deliveryOutcome } from "./telegram-errors.ts";
import { signupEssentials } from "./views/signups.ts";

export type NoticeTransportDeps = {
  api: Api;
  translate: Translator;
  timezone: string;
};

const HEADLINES: Record<Notice["kind"], string> = {
  "signup-promoted": "notice-promoted",
  "signup-reminder": "notice-reminder",
  "signup-still-coming": "notice-still-coming",
  "signup-lapsed": "notice-lapsed",
  "guardian-confirmed": "notice-guardian-confirmed",
  "guardian-declined": "notice-guardian-declined",
  "offer-changed": "notice-offer-changed",
  "offer-cancelled": "notice-offer-cancelled",
  "offer-pending": "notice-offer-pending",
  "offer-approved": "notice-offer-approved",
  "offer-rejected": "notice-offer-rejected",
  "offer-revision-pending": "notice-offer-revision-pending",
  "offer-revision-approved": "notice-offer-revision-approved",
  "offer-revision-rejected": "notice-offer-revision-rejected",
  "announcement-report": "notice-announcement-report",
  "announcement-pending": "notice-announcement-pending",
  "announcement-approved": "notice-announcement-approved",
  "announcement-rejected": "notice-announcement-rejected",
  "calendar-failing": "import-calendar-failing-notice",
  "import-pending": "import-pending-notice",
};

/** The message of a notice (HTML) and its buttons. */
export function renderNotice(notice: Notice, t: Translate, dates: DateStyle): { text: string; keyboard?: InlineKeyboard } {
  if (notice.kind === "calendar-failing") return { text: esc(t("import-calendar-failing-notice", { url: notice.url })) };
  if (notice.kind === "import-pending") return { text: esc(t("import-pending-notice", { organization: notice.organizationName, count: notice.count })) };
  if (notice.kind === "announcement-report") return { text: esc(t("notice-announcement-report", { id: notice.report.announcementId, ...notice.report })) };
  const headline = esc(t(HEADLINES[notice.kind]));
  if ("signup" in notice) {
    const keyboard =
      notice.kind === "signup-still-coming"
        ? new InlineKeyboard()
            .text(t("notice-still-coming-yes"), stillComingAnswer.pack({ answer: "y", signupId: notice.signup.signupId }))
            .text(t("notice-still-coming-no"), stillComingAnswer.pack({ answer: "n", signupId: notice.signup.signupId }))
        : undefined;
    return { text: `${headline}\n\n${signupEssentials(t, notice.signup, dates)}`, keyboard };
  }
  if ("announcement" in notice) {
    // What the author typed is escaped; the reason is the admin's words.
    const { excerpt, scheduledAt } = notice.announcement;
    const lines = [headline, "", `<i>${esc(excerpt)}</i>`, esc(t("notice-announcement-when", { date: formatDateTime(scheduledAt, dates) }))];
    if (notice.kind === "announcement-pending") lines.push(esc(t("offer-organizer", { name: notice.organizationName })));
    if (notice.kind === "announcement-rejected") lines.push(esc(t("notice-offer-reason", { reason: notice.reason })));
    return { text: lines.join("\n") };
  }
  const lines = [headline, "", signupEssentials(t, notice.offer, dates)];
  if (notice.kind === "offer-changed") {
    const before = [formatTimeRange(notice.before.startsAt, null, dates), notice.before.place].filter(Boolean).join(" · ");
    lines.push(esc(t("notice-offer-before", { before })));
  }
  if (notice.kind === "offer-pending" || notice.kind === "offer-revision-pending") lines.push(esc(t("offer-organizer", { name: notice.organizationName })));
  if (notice.kind === "offer-rejected" || notice.kind === "offer-revision-rejected") lines.push(esc(t("notice-offer-reason", { reason: notice.reason })));
  return { text: lines.join("\n") };
}

export function createNoticeTransport(deps: NoticeTransportDeps): DeliveryTransport {
  return {
    async send(row: OutboxRow): Promise<TransportResult> {
      const notice = decodeNotice(row.payload, { telegramId: row.telegramId, locale: row.locale });
      const t: Translate = (key, args) => deps.translate(row.locale, key, args);
      const { text, keyboard } = renderNotice(notice, t, { locale: row.locale, timezone: deps.timezone });
      try {
        const message = await deps.api.sendMessage(Number(row.telegramId), text, { parse_mode: "HTML", reply_markup: keyboard });
        return { kind: "sent", messageId: message.message_id };
      } catch (error) {
        return deliveryOutcome(error);
      }
    },
  };
}
