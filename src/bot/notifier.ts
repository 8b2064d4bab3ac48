// The domain's Notifier, implemented with the Bot API: renders each notice in the recipient's
// language and sends it. It needs no bot and no ctx, only an Api object and the translations.
import { InlineKeyboard, type Api } from "grammy";
import type { Notice, NoticeResult, Notifier } from "../domain/notifier.ts";
import type { Logger } from "../logger.ts";
import { stillComingAnswer } from "./keyboards/signups.ts";
import { escapeHtml as esc, formatDateTime, formatTimeRange, type DateStyle } from "./formatting.ts";
import type { Translate, Translator } from "./i18n.ts";
import { classifyTelegramError } from "./telegram-errors.ts";
import { signupEssentials } from "./views/signups.ts";

export type BotNotifierDeps = {
  api: Api;
  translate: Translator;
  defaultLocale: string;
  timezone: string;
  logger: Logger;
  /** Called when a recipient can never be reached (blocked the bot, deleted the account). */
  onGone(telegramId: bigint): Promise<void>;
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
  "announcement-pending": "notice-announcement-pending",
  "announcement-approved": "notice-announcement-approved",
  "announcement-rejected": "notice-announcement-rejected",
};

/** The message of a notice (HTML) and its buttons. */
function render(notice: Notice, t: Translate, dates: DateStyle): { text: string; keyboard?: InlineKeyboard } {
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
  if (notice.kind === "offer-pending") lines.push(esc(t("offer-organizer", { name: notice.organizationName })));
  if (notice.kind === "offer-rejected") lines.push(esc(t("notice-offer-reason", { reason: notice.reason })));
  return { text: lines.join("\n") };
}

export function createBotNotifier(deps: BotNotifierDeps): Notifier {
  return {
    async send(notice: Notice): Promise<NoticeResult> {
      const locale = notice.to.locale ?? deps.defaultLocale;
      const t: Translate = (key, args) => deps.translate(locale, key, args);
      const { text, keyboard } = render(notice, t, { locale, timezone: deps.timezone });
      try {
        await deps.api.sendMessage(Number(notice.to.telegramId), text, { parse_mode: "HTML", reply_markup: keyboard });
        return "sent";
      } catch (error) {
        return classify(error, notice, deps);
      }
    },
  };
}

/** A gone recipient never heals; any other Telegram failure (429, 5xx, network) is tried again later. */
async function classify(error: unknown, notice: Notice, deps: BotNotifierDeps): Promise<NoticeResult> {
  const target =
    "signup" in notice ? { signupId: notice.signup.signupId } : "announcement" in notice ? { announcementId: notice.announcement.announcementId } : { offerId: notice.offer.offerId };
  const log = deps.logger.child({ kind: notice.kind, ...target });
  const verdict = classifyTelegramError(error);
  if (!verdict) throw error;
  if (verdict.action === "gone") {
    log.info({ code: verdict.code }, "recipient unreachable");
    await deps.onGone(notice.to.telegramId).catch((e: unknown) => log.warn({ err: e }, "could not mark user as blocked"));
    return "gone";
  }
  log.warn({ code: verdict.source === "api" ? verdict.code : undefined, err: (error as Error).message }, "notice will be retried");
  return "retry";
}
