// /newoffer for staff: title and description, then translations (typed per language, or
// "Translate into all languages" by machine when a provider is set, each correctable) -> category -> district ->
// place (address, a shared location, or an online link) -> start (Berlin time, future) ->
// length -> repeats -> sign-up and seats -> ages -> cost -> preview -> save as draft or publish.
// /cancel or Cancel leaves at every step and nothing is saved; wrong input is asked again.
// Also "Change time" for an existing offer (everyone signed up is told).
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { SUPPORTED_LOCALES, type Locale } from "../../domain/locales.ts";
import { offerSourceHash, type OfferTextVersion, type TranslationGap } from "../../domain/offer-translation.ts";
import type { NewOffer } from "../../domain/offers.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { escapeHtml as esc, formatDate, formatDateTime, formatList, formatNumber, isolate, languageLabel, languageName as nameIn, latinDigits } from "../formatting.ts";
import { renderMachineTranslations } from "../views/offer-translations.ts";
import { parseFutureDateTime, parseStaffDateTime } from "../parsing.ts";
import { isStaff } from "../roles.ts";
import { openStaffConversation } from "./staff.ts";
import { attempt } from "./steps.ts";

export const NEW_OFFER_CONVERSATION = "offer-new";
export const RESCHEDULE_CONVERSATION = "offer-reschedule";
export const TITLE_MAX = 120;
export const SUMMARY_MAX = 600;

type Conv = Conversation<BotContext, BaseContext>;
type Draft = Omit<NewOffer, "status" | "createdByUserId" | "externalRef">;

/** A title needs letters; emoji or punctuation alone say nothing to a reader. */
export function validTitle(text: string | undefined): string | undefined {
  const title = text?.replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
  return title && Array.from(title).length <= TITLE_MAX && /\p{L}/u.test(title) ? title : undefined;
}

function validText(text: string | undefined, max: number): string | undefined {
  const value = text?.replace(/[\p{Cc}]/gu, (c) => (c === "\n" ? c : "")).trim();
  return value && value.length <= max && /\p{L}/u.test(value) ? value : undefined;
}

const start = (conversation: Conv, ctx: BaseContext) =>
  openStaffConversation(conversation, ctx, { allowed: isStaff, prefix: "no", cancelledKey: "newoffer-cancelled", timeoutKey: "newoffer-timeout" });

export function createNewOfferConversation({ timezone }: { timezone: string }) {
  /** Without `editOfferId` it creates an offer; with it, the answers replace that offer. */
  return async function newOffer(conversation: Conv, ctx: BaseContext, editOfferId?: number): Promise<void> {
    const session = await start(conversation, ctx);
    if (!session) return;
    const { locale, actor, ask, answer, picked, withCancel, ownLanguageName: languageName, languageGrid } = session;
    const organizationId = await conversation.external(async (outer) => (await outer.services.actors.load(actor.id)).organizationId);
    if (!organizationId) {
      await ctx.reply(ctx.t("newoffer-no-organization"));
      return;
    }
    const hint = (key: string, args?: Record<string, string | number>) => (u: BaseContext) => u.t(key, args);

    // Texts in the staff member's language, then translations. An edit starts from the
    // versions the offer has, each with where it came from, and keeps what is not changed.
    const providerName = await conversation.external((outer) => outer.services.translation.providerName);
    const texts: Partial<Record<Locale, OfferTextVersion>> = editOfferId
      ? (await conversation.external((outer) => outer.services.offerManagement.ownTexts(actor.id, editOfferId))).texts
      : {};
    const askTexts = async (target: Locale) => {
      const title = await ask(() => ctx.reply(ctx.t("newoffer-ask-title", { max: TITLE_MAX, language: languageLabel(target, locale, languageName(target)) }), { reply_markup: withCancel(new InlineKeyboard()) }), (u) => validTitle(u.message?.text), hint("newoffer-title-hint", { max: TITLE_MAX }));
      const summary = await ask(() => ctx.reply(ctx.t("newoffer-ask-summary", { max: SUMMARY_MAX })), (u) => validText(u.message?.text, SUMMARY_MAX), hint("newoffer-summary-hint", { max: SUMMARY_MAX }));
      // The longer texts (from an import) stay with the source and with human versions.
      const before = texts[target];
      const long = before && (target === locale || before.origin !== "MACHINE") ? { ...(before.details ? { details: before.details } : {}), ...(before.accessibility ? { accessibility: before.accessibility } : {}) } : {};
      // Typed or corrected by staff: a human version, made from the source as it is now.
      texts[target] = target === locale ? { ...long, title, summary } : { ...long, title, summary, origin: "HUMAN", sourceHash: offerSourceHash(texts[locale]!) };
    };
    await askTexts(locale);
    const others = SUPPORTED_LOCALES.filter((l) => l !== locale);
    const currentHash = offerSourceHash(texts[locale]!);
    /** Languages the provider said it does not have: "Translate all" does not ask for them again. */
    const byHand = new Set<Locale>();
    /** Missing, or a machine version of older texts: what "Translate all" fills (human versions stay). */
    const wanted = () => others.filter((l) => !byHand.has(l) && (!texts[l] || (texts[l]!.origin === "MACHINE" && texts[l]!.sourceHash !== currentHash)));
    const mark = (l: string) => {
      const version = texts[l as Locale];
      if (!version) return "➕";
      if (version.origin === "MACHINE") return "🤖";
      return version.sourceHash && version.sourceHash !== currentHash ? "✏️" : "✅";
    };
    for (;;) {
      const keyboard = new InlineKeyboard();
      if (providerName && wanted().length) keyboard.text(ctx.t("translation-translate-all"), answer("lang", "all")).row();
      languageGrid(keyboard, "lang", others, mark, "broadcast-translations-done");
      const legend = providerName || Object.values(texts).some((v) => v?.origin === "MACHINE") ? `\n${ctx.t("mt-offer-grid-legend")}` : "";
      const choice = await ask(() => ctx.reply(`${ctx.t("newoffer-ask-translations")}${legend}`, { reply_markup: withCancel(keyboard) }), (u) => picked(u, "lang"), hint("signup-button-hint"));
      if (choice === "done") break;
      if (choice === "all" && providerName) {
        const targets = wanted();
        if (targets.length === 0) continue; // an old grid's button: nothing left to translate
        const result = await attempt(conversation, (outer) => outer.services.offerManagement.translateDraft(actor.id, { organizationId, sourceLocale: locale, texts: texts[locale]!, targets }));
        if (!result.ok) {
          await ctx.reply(ctx.t(`error-${result.code}`));
          continue;
        }
        const { versions, gaps } = result.value;
        for (const [l, version] of Object.entries(versions)) texts[l as Locale] = version;
        for (const gap of gaps as TranslationGap[]) if (gap.reason === "unsupported") byHand.add(gap.locale);
        const made = others.filter((l) => versions[l]).map((l) => ({ locale: l, texts: versions[l]! }));
        await ctx.reply(renderMachineTranslations((key, args) => ctx.t(key, args), { versions: made, gaps, locale, ownName: languageName }), { parse_mode: "HTML" });
        continue;
      }
      if ((SUPPORTED_LOCALES as readonly string[]).includes(choice) && choice !== locale) await askTexts(choice as Locale);
    }

    // Category and district.
    const categories = await conversation.external((outer) => outer.services.catalog.listCategories(locale));
    const categoryKeyboard = new InlineKeyboard();
    categories.forEach((c, i) => {
      categoryKeyboard.text(`${c.emoji} ${c.name}`, answer("cat", c.id));
      if (i % 2 === 1) categoryKeyboard.row();
    });
    const categoryId = await ask(() => ctx.reply(ctx.t("newoffer-ask-category"), { reply_markup: withCancel(categoryKeyboard) }), (u) => {
      const value = picked(u, "cat");
      return categories.some((c) => c.id === value) ? value : undefined;
    }, hint("signup-button-hint"));
    const districts = await conversation.external((outer) => outer.services.catalog.listDistricts(locale));
    const districtKeyboard = new InlineKeyboard().text(ctx.t("newoffer-no-district"), answer("dist", "none")).row();
    districts.forEach((d, i) => {
      districtKeyboard.text(`📍 ${d.name}`, answer("dist", d.id));
      if (i % 2 === 1) districtKeyboard.row();
    });
    const district = await ask(() => ctx.reply(ctx.t("newoffer-ask-district"), { reply_markup: withCancel(districtKeyboard) }), (u) => {
      const value = picked(u, "dist");
      return value === "none" ? 0 : districts.some((d) => d.id === Number(value)) ? Number(value) : undefined;
    }, hint("signup-button-hint"));

    // Place: an address, a shared location, or an online link.
    const place = await ask(() => ctx.reply(ctx.t("newoffer-ask-place")), (u) => {
      if (u.message?.location) return { latitude: u.message.location.latitude, longitude: u.message.location.longitude };
      const text = u.message?.text?.trim();
      if (text && /^https:\/\/\S{3,490}$/.test(text)) return { onlineUrl: text };
      return text && text.length <= 300 && /\p{L}/u.test(text) ? { address: text } : undefined;
    }, hint("newoffer-place-hint"));

    // Start, length, repeats.
    const nowMs = await conversation.external((outer) => outer.clock.now().getTime());
    const startsAt = await ask(() => ctx.reply(ctx.t("newoffer-ask-start")), (u) => parseFutureDateTime(u.message?.text, nowMs, timezone), hint("newoffer-start-hint"));
    const lengthKeyboard = new InlineKeyboard();
    for (const minutes of [60, 90, 120, 180]) lengthKeyboard.text(ctx.t("newoffer-length", { hours: minutes / 60 }), answer("len", minutes));
    const minutes = Number(await ask(() => ctx.reply(ctx.t("newoffer-ask-length"), { reply_markup: withCancel(lengthKeyboard) }), (u) => picked(u, "len"), hint("signup-button-hint")));
    const repeat = await ask(
      () =>
        ctx.reply(ctx.t("newoffer-ask-repeat"), {
          reply_markup: withCancel(new InlineKeyboard().text(ctx.t("broadcast-repeat-none"), answer("rep", "NONE")).row().text(ctx.t("newoffer-repeat-weekly"), answer("rep", "WEEKLY")).row().text(ctx.t("newoffer-repeat-biweekly"), answer("rep", "BIWEEKLY"))),
        }),
      (u) => picked(u, "rep") as "NONE" | "WEEKLY" | "BIWEEKLY" | undefined,
      hint("signup-button-hint"),
    );
    let recurrenceUntil: Date | undefined;
    if (repeat !== "NONE") {
      recurrenceUntil = await ask(() => ctx.reply(ctx.t("newoffer-ask-until")), (u) => {
        const text = u.message?.text?.trim() ?? "";
        const at = parseStaffDateTime(/\d{1,2}:\d{2}$/.test(text) ? text : `${text} 23:59`, startsAt, timezone);
        return at && at > startsAt ? at : undefined;
      }, hint("newoffer-until-hint"));
    }

    // Sign-up and seats, ages, cost.
    const capacity = await ask(
      () => {
        const keyboard = new InlineKeyboard().text(ctx.t("newoffer-no-signup"), answer("cap", 0)).row();
        for (const n of [10, 20, 30]) keyboard.text(ctx.t("newoffer-seats", { seats: n }), answer("cap", n));
        return ctx.reply(ctx.t("newoffer-ask-signup"), { reply_markup: withCancel(keyboard) });
      },
      (u) => {
        const raw = picked(u, "cap") ?? latinDigits(u.message?.text ?? "").trim();
        const n = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : undefined;
        return n !== undefined && n <= 5000 ? n : undefined;
      },
      hint("newoffer-seats-hint"),
    );
    // With sign-up: most seats per sign-up, and the deadlines.
    let signupRules: Pick<Draft, "maxSeatsPerSignup" | "signupClosesMinutesBefore" | "cancelDeadlineMinutes"> = {};
    if (capacity > 0) {
      const seatsKeyboard = new InlineKeyboard();
      for (const n of [1, 2, 4, 6]) seatsKeyboard.text(formatNumber(n, locale), answer("max", n));
      const maxSeatsPerSignup = Number(await ask(() => ctx.reply(ctx.t("newoffer-ask-max-seats"), { reply_markup: withCancel(seatsKeyboard) }), (u) => picked(u, "max"), hint("signup-button-hint")));
      const deadlineKeyboard = new InlineKeyboard()
        .text(ctx.t("newoffer-deadline-start"), answer("dl", "0-180"))
        .row()
        .text(ctx.t("newoffer-deadline-day"), answer("dl", "1440-1440"))
        .row()
        .text(ctx.t("newoffer-deadline-week"), answer("dl", "10080-1440"));
      const [closes, cancel] = (await ask(() => ctx.reply(ctx.t("newoffer-ask-deadline"), { reply_markup: withCancel(deadlineKeyboard) }), (u) => picked(u, "dl"), hint("signup-button-hint")))
        .split("-")
        .map(Number);
      signupRules = { maxSeatsPerSignup: Math.min(maxSeatsPerSignup, capacity), signupClosesMinutesBefore: closes, cancelDeadlineMinutes: cancel };
    }

    // The languages spoken at the offer (for newcomers who speak little German).
    const spoken = new Set<string>([locale]);
    for (;;) {
      const keyboard = languageGrid(new InlineKeyboard(), "spk", SUPPORTED_LOCALES, (l) => (spoken.has(l) ? "✅" : "⬜"), "broadcast-translations-done");
      const value = await ask(() => ctx.reply(ctx.t("newoffer-ask-spoken"), { reply_markup: withCancel(keyboard) }), (u) => picked(u, "spk"), hint("signup-button-hint"));
      if (value === "done" && spoken.size > 0) break;
      if ((SUPPORTED_LOCALES as readonly string[]).includes(value)) spoken.has(value) ? spoken.delete(value) : spoken.add(value);
    }

    const ages = await ask(
      () => {
        const keyboard = new InlineKeyboard();
        for (const [label, value] of [["newoffer-ages-all", "all"], ["newoffer-ages-youth", "12-17"], ["newoffer-ages-children", "6-11"], ["newoffer-ages-seniors", "60-"]] as const) {
          keyboard.text(ctx.t(label), answer("age", value)).row();
        }
        return ctx.reply(ctx.t("newoffer-ask-ages"), { reply_markup: withCancel(keyboard) });
      },
      (u) => {
        const raw = picked(u, "age") ?? latinDigits(u.message?.text ?? "").replace(/\s/g, "");
        if (raw === "all") return {};
        const match = raw ? /^(\d{1,2})-(\d{1,3})?$/.exec(raw) : null;
        if (!match) return undefined;
        const [min, max] = [Number(match[1]), match[2] ? Number(match[2]) : undefined];
        return max === undefined || min <= max ? { ageMin: min, ageMax: max } : undefined;
      },
      hint("newoffer-ages-hint"),
    );
    const cost = await ask(
      () => ctx.reply(ctx.t("newoffer-ask-cost"), { reply_markup: withCancel(new InlineKeyboard().text(ctx.t("offer-cost-free"), answer("cost", "free"))) }),
      (u) => (picked(u, "cost") === "free" ? "" : validText(u.message?.text, 120)),
      hint("newoffer-cost-hint"),
    );

    const draft: Draft = {
      organizationId,
      categoryId,
      districtId: district || undefined,
      ...place,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      recurrence: repeat,
      recurrenceUntil,
      signupRequired: capacity > 0,
      capacity: capacity > 0 ? capacity : undefined,
      ...ages,
      costText: cost || undefined,
      languages: [...spoken],
      ...signupRules,
      sourceLocale: locale,
      texts,
    };

    // Preview, then save as draft or publish.
    const own = texts[locale]!;
    const machineCount = Object.entries(texts).filter(([l, v]) => l !== locale && v?.origin === "MACHINE").length;
    const preview = [
      `<b>${esc(isolate(own.title))}</b>`,
      esc(own.summary),
      "",
      esc(ctx.t("offer-when", { date: formatDateTime(startsAt, { locale, timezone }) })),
      ...(repeat !== "NONE" && recurrenceUntil ? [esc(ctx.t(repeat === "WEEKLY" ? "offer-recurs-weekly" : "offer-recurs-biweekly", { until: formatDate(recurrenceUntil, { locale, timezone }) }))] : []),
      esc(ctx.t("offer-place", { place: "address" in place ? place.address! : "onlineUrl" in place ? place.onlineUrl! : "📍" })),
      esc(capacity > 0 ? ctx.t("offer-signup-needed", { capacity }) : ctx.t("offer-signup-not-needed")),
      esc(cost ? ctx.t("offer-cost", { cost }) : ctx.t("offer-cost-free")),
      esc(ctx.t("newoffer-languages", { count: Object.keys(texts).length })),
      ...(machineCount ? [esc(ctx.t("mt-offer-preview-machine", { count: machineCount }))] : []),
    ].join("\n");
    const saveButtons = editOfferId
      ? new InlineKeyboard().text(ctx.t("newoffer-save-changes"), answer("save", "publish"))
      : new InlineKeyboard().text(ctx.t("newoffer-save-draft"), answer("save", "draft")).row().text(ctx.t("newoffer-publish"), answer("save", "publish"));
    const publish = await ask(
      () => ctx.reply(`${esc(ctx.t("newoffer-preview"))}\n\n${preview}`, { parse_mode: "HTML", reply_markup: withCancel(saveButtons) }),
      (u) => ({ draft: false, publish: true })[picked(u, "save") ?? ""] as boolean | undefined,
      hint("signup-button-hint"),
    );
    const result = await attempt(conversation, async (outer) =>
      editOfferId
        ? { edited: true as const, ...(await outer.services.offerManagement.edit(actor.id, editOfferId, draft)) }
        : { edited: false as const, ...(await outer.services.offerManagement.create(actor.id, draft, publish)) },
    );
    if (!result.ok) await ctx.reply(ctx.t(`error-${result.code}`));
    else if (result.value.edited) {
      await ctx.reply(result.value.awaitingApproval ? ctx.t("revision-waits") : ctx.t("newoffer-edited", { count: result.value.notified }));
      // The author's own translations into these languages were made from the old texts.
      const { outdated, removed } = result.value.translations;
      const names = (locales: readonly string[]) => formatList(locales.map((l) => nameIn(l, locale)), locale);
      if (outdated.length) await ctx.reply(ctx.t("translation-outdated", { languages: names(outdated) }));
      if (removed.length) await ctx.reply(ctx.t("mt-offer-refresh-failed", { languages: names(removed) }));
    } else await ctx.reply(ctx.t(`newoffer-saved-${result.value.status.toLowerCase().replace("_", "-")}`));
  };
}

/** "Change time": the new start of an offer; its length and repeats move along. */
export function createRescheduleConversation({ timezone }: { timezone: string }) {
  return async function reschedule(conversation: Conv, ctx: BaseContext, offerId: number): Promise<void> {
    const session = await start(conversation, ctx);
    if (!session) return;
    const nowMs = await conversation.external((outer) => outer.clock.now().getTime());
    const startsAt = await session.ask(() => ctx.reply(ctx.t("newoffer-ask-start")), (u) => parseFutureDateTime(u.message?.text, nowMs, timezone), (u) => u.t("newoffer-start-hint"));
    const result = await attempt(conversation, (outer) => outer.services.offerManagement.reschedule(session.actor.id, offerId, startsAt));
    if (!result.ok) await ctx.reply(ctx.t(`error-${result.code}`));
    else await ctx.reply(result.value.awaitingApproval ? ctx.t("revision-waits") : ctx.t("newoffer-rescheduled", { count: result.value.notified }));
  };
}
