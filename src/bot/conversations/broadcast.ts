// /broadcast for staff: text (plus translations) -> (admins: for the city or which organization)
// -> audience (participants and waiting lists: a paged picker of the organization's dates) ->
// (admins: urgent or normal) -> with a translation service: "Translate into all languages" the
// audience reads, the results shown, any of them corrected -> now or later (and repeats) ->
// preview as a German and an Arabic recipient see it, with the count -> confirm. An untrusted
// organization's announcement to subscribers is saved for the admins' approval. /cancel or Cancel leaves at every step; wrong
// input is asked again with a hint. The domain checks every choice again.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { DateTime } from "luxon";
import { ANNOUNCEMENT_TEXT_MAX, GENERAL_TOPIC, neededLanguages, type AudienceSpec, type OriginInput } from "../../domain/announcements.ts";
import { DomainError } from "../../domain/errors.ts";
import { SUPPORTED_LOCALES, type Locale } from "../../domain/locales.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { escapeHtml as esc, formatDateTime, formatList, languageLabel } from "../formatting.ts";
import { parseFutureDateTime } from "../parsing.ts";
import { isAdmin, isStaff } from "../roles.ts";
import { announcementBody, translationNotes } from "../views/announcement-translation.ts";
import { openStaffConversation } from "./staff.ts";
import { attempt } from "./steps.ts";

export const BROADCAST_CONVERSATION = "broadcast";
export const EDIT_ANNOUNCEMENT_CONVERSATION = "announcement-edit";
/** Dates per page of the participants/waiting list picker. */
export const AUDIENCE_PAGE_SIZE = 8;

type Conv = Conversation<BotContext, BaseContext>;

const openBroadcastConversation = (conversation: Conv, ctx: BaseContext) =>
  openStaffConversation(conversation, ctx, { allowed: isStaff, prefix: "bc", cancelledKey: "broadcast-cancelled", timeoutKey: "broadcast-timeout" });

export function createBroadcastConversation({ timezone }: { timezone: string }) {
  return async function broadcast(conversation: Conv, ctx: BaseContext, preset?: { offerId?: number; texts?: Record<string, string>; topic?: string; districtIds?: number[] }): Promise<void> {
    const session = await openBroadcastConversation(conversation, ctx);
    if (!session) return;
    const { locale, actor: staff, ask, answer, picked, withCancel, ownLanguageName, languageGrid } = session;
    const typedText = (u: BaseContext) => {
      const text = u.message?.text?.trim();
      return text && text.length <= ANNOUNCEMENT_TEXT_MAX ? text : undefined;
    };

    /** Readers of which languages; none ticked = everyone. */
    async function chooseLanguages(): Promise<string[]> {
      const chosen = new Set<string>();
      for (;;) {
        const all = new InlineKeyboard().text(`${chosen.size === 0 ? "✅" : "⬜"} ${ctx.t("broadcast-all-languages")}`, answer("lng", "all")).row();
        const keyboard = languageGrid(all, "lng", SUPPORTED_LOCALES, (l) => (chosen.has(l) ? "✅" : "⬜"), "broadcast-districts-done");
        const value = await ask(
          () => ctx.reply(ctx.t("broadcast-ask-languages"), { reply_markup: withCancel(keyboard) }),
          (u) => picked(u, "lng"),
          (u) => u.t("signup-button-hint"),
        );
        if (value === "done") return [...chosen];
        if (value === "all") chosen.clear();
        else if ((SUPPORTED_LOCALES as readonly string[]).includes(value)) chosen.has(value) ? chosen.delete(value) : chosen.add(value);
      }
    }

    // 1. Text in the staff member's language, then translations.
    const texts: Partial<Record<Locale, string>> = { ...(preset?.texts ?? {}) };
    if (!texts[locale]) {
      texts[locale] = await ask(
        () => ctx.reply(ctx.t("broadcast-ask-text", { max: ANNOUNCEMENT_TEXT_MAX }), { reply_markup: withCancel(new InlineKeyboard()) }),
        typedText,
        (u) => u.t("broadcast-text-hint", { max: ANNOUNCEMENT_TEXT_MAX }),
      );
    }
    for (;;) {
      const others = SUPPORTED_LOCALES.filter((l) => l !== locale);
      const keyboard = languageGrid(new InlineKeyboard(), "lang", others, (l) => (texts[l as Locale] ? "✅" : "➕"), "broadcast-translations-done");
      const choice = await ask(
        () => ctx.reply(ctx.t("broadcast-ask-translations"), { reply_markup: withCancel(keyboard) }),
        (u) => picked(u, "lang"),
        (u) => u.t("signup-button-hint"),
      );
      if (choice === "done") break;
      const target = choice as Locale;
      texts[target] = await ask(
        () => ctx.reply(ctx.t("broadcast-ask-translation", { language: languageLabel(target, locale, ownLanguageName(target)) })),
        typedText,
        (u) => u.t("broadcast-text-hint", { max: ANNOUNCEMENT_TEXT_MAX }),
      );
    }

    // 2. Admins: for the city or for one organization.
    let organizationId: number | null | undefined;
    if (isAdmin({ user: staff })) {
      const organizations = await conversation.external((outer) => outer.services.staff.listOrganizations(staff.id));
      const keyboard = new InlineKeyboard().text(`🏛 ${ctx.t("broadcast-as-city")}`, answer("as", "city")).row();
      for (const org of organizations) keyboard.text(`🏢 ${org.name.slice(0, 40)}`, answer("as", org.id)).row();
      const as = await ask(
        () => ctx.reply(ctx.t("broadcast-ask-as"), { reply_markup: withCancel(keyboard) }),
        (u) => {
          const value = picked(u, "as");
          if (value === "city") return "city" as const;
          return organizations.some((o) => o.id === Number(value)) ? Number(value) : undefined;
        },
        (u) => u.t("signup-button-hint"),
      );
      organizationId = as === "city" ? null : as;
    }

    // 3. Audience.
    const kind = await ask(
      () =>
        ctx.reply(ctx.t("broadcast-ask-audience"), {
          reply_markup: withCancel(
            new InlineKeyboard()
              .text(ctx.t("broadcast-audience-subscribers"), answer("aud", "SUBSCRIBERS"))
              .row()
              .text(ctx.t("broadcast-audience-participants"), answer("aud", "PARTICIPANTS"))
              .row()
              .text(ctx.t("broadcast-audience-waitlist"), answer("aud", "WAITLIST")),
          ),
        }),
      (u) => picked(u, "aud") as "SUBSCRIBERS" | "PARTICIPANTS" | "WAITLIST" | undefined,
      (u) => u.t("signup-button-hint"),
    );
    let audience: AudienceSpec;
    if (kind === "SUBSCRIBERS") {
      const categories = await conversation.external((outer) => outer.services.catalog.listCategories(locale));
      const topicKeyboard = new InlineKeyboard().text(`📣 ${ctx.t("broadcast-topic-general")}`, answer("topic", GENERAL_TOPIC)).row();
      categories.forEach((c, i) => {
        topicKeyboard.text(`${c.emoji} ${c.name}`, answer("topic", c.id));
        if (i % 2 === 1) topicKeyboard.row();
      });
      const topic =
        preset?.topic ??
        (await ask(
          () => ctx.reply(ctx.t("broadcast-ask-topic"), { reply_markup: withCancel(topicKeyboard) }),
          (u) => {
            const value = picked(u, "topic");
            return value === GENERAL_TOPIC || categories.some((c) => c.id === value) ? value : undefined;
          },
          (u) => u.t("signup-button-hint"),
        ));
      const districts = await conversation.external((outer) => outer.services.catalog.listDistricts(locale));
      const chosen = new Set<number>(preset?.districtIds ?? []);
      for (;;) {
        const keyboard = new InlineKeyboard().text(`${chosen.size === 0 ? "✅" : "⬜"} ${ctx.t("broadcast-all-districts")}`, answer("dist", "all")).row();
        districts.forEach((d, i) => {
          keyboard.text(`${chosen.has(d.id) ? "✅" : "⬜"} ${d.name}`, answer("dist", d.id));
          if (i % 2 === 1) keyboard.row();
        });
        keyboard.row().text(ctx.t("broadcast-districts-done"), answer("dist", "done"));
        const value = await ask(
          () => ctx.reply(ctx.t("broadcast-ask-districts"), { reply_markup: withCancel(keyboard) }),
          (u) => picked(u, "dist"),
          (u) => u.t("signup-button-hint"),
        );
        if (value === "done") break;
        if (value === "all") chosen.clear();
        else if (districts.some((d) => d.id === Number(value))) chosen.has(Number(value)) ? chosen.delete(Number(value)) : chosen.add(Number(value));
      }
      audience = { kind: "SUBSCRIBERS", topic, districtIds: [...chosen], languages: await chooseLanguages() };
    } else {
      // The organization's upcoming dates (admins: all), a page at a time, with their people.
      let pageNo = 0;
      let occurrenceId: number | undefined;
      while (occurrenceId === undefined) {
        const current = pageNo;
        // Stored as JSON for the replay: the date travels as a string.
        const { dates, hasMore } = await conversation.external(async (outer) => {
          const found = await outer.services.announcements.audienceDates(staff.id, { page: current, pageSize: AUDIENCE_PAGE_SIZE, locale });
          return { hasMore: found.hasMore, dates: found.dates.map((d) => ({ ...d, startsAt: d.startsAt.toISOString() })) };
        });
        const keyboard = new InlineKeyboard();
        for (const date of dates) {
          const people = kind === "WAITLIST" ? date.waitlisted : date.participants;
          const count = ctx.t(kind === "WAITLIST" ? "broadcast-picker-waitlisted" : "broadcast-picker-participants", { count: people });
          keyboard.text(`${date.title.slice(0, 26)} · ${formatDateTime(new Date(date.startsAt), { locale, timezone })} · ${count}`, answer("occ", date.occurrenceId)).row();
        }
        if (current > 0) keyboard.text(`◀ ${ctx.t("broadcast-picker-previous")}`, answer("occp", current - 1));
        if (hasMore) keyboard.text(`${ctx.t("broadcast-picker-next")} ▶`, answer("occp", current + 1));
        const choice = await ask<{ occurrenceId: number } | { page: number }>(
          () => ctx.reply(ctx.t(dates.length ? "broadcast-ask-offer" : "broadcast-picker-empty"), { reply_markup: withCancel(keyboard) }),
          (u) => {
            const value = Number(picked(u, "occ"));
            if (dates.some((d) => d.occurrenceId === value)) return { occurrenceId: value };
            const page = Number(picked(u, "occp"));
            return (page === current - 1 && current > 0) || (page === current + 1 && hasMore) ? { page } : undefined;
          },
          (u) => u.t("signup-button-hint"),
        );
        if ("page" in choice) pageNo = choice.page;
        else occurrenceId = choice.occurrenceId;
      }
      audience = { kind, occurrenceId, languages: await chooseLanguages() };
    }

    // 4. Urgent (ignores quiet hours): admins only; staff are not asked.
    const urgent = isAdmin({ user: staff })
      ? await ask(
          () =>
            ctx.reply(ctx.t("broadcast-ask-urgent"), {
              reply_markup: withCancel(new InlineKeyboard().text(ctx.t("broadcast-normal"), answer("urg", "no")).row().text(ctx.t("broadcast-urgent"), answer("urg", "yes"))),
            }),
          (u) => ({ yes: true, no: false })[picked(u, "urg") ?? ""] as boolean | undefined,
          (u) => u.t("signup-button-hint"),
        )
      : false;

    // 4b. With a translation service: the languages the audience reads that have no version yet,
    // translated on request, shown, and corrected by staff where they like (then typed: human).
    const origins: Partial<Record<Locale, OriginInput>> = {};
    const provider = await conversation.external((outer) => outer.services.translation.providerName);
    const missing = neededLanguages(audience.languages, locale).filter((l) => !texts[l]);
    if (provider && missing.length) {
      const choice = await ask(
        () =>
          ctx.reply(ctx.t("mt-ann-ask-translate", { count: missing.length }), {
            reply_markup: withCancel(new InlineKeyboard().text(ctx.t("translation-translate-all"), answer("mt", "all")).row().text(ctx.t("mt-ann-skip"), answer("mt", "skip"))),
          }),
        (u) => {
          const value = picked(u, "mt");
          return value === "all" || value === "skip" ? value : undefined;
        },
        (u) => u.t("signup-button-hint"),
      );
      if (choice === "all") await translateAll(missing);
    }

    async function translateAll(targets: Locale[]): Promise<void> {
      const sourceText = texts[locale]!;
      const result = await attempt(conversation, (outer) => outer.services.announcements.translateDraft(staff.id, { text: sourceText, sourceLocale: locale, targets, organizationId }));
      if (!result.ok) {
        await ctx.reply(ctx.t(`error-${result.code}`));
        return;
      }
      const label = (l: string) => languageLabel(l, locale, ownLanguageName(l));
      const made: Locale[] = [];
      for (const r of result.value) {
        if (!r.ok) continue;
        texts[r.locale] = r.text;
        origins[r.locale] = { origin: "MACHINE", provider: r.provider };
        made.push(r.locale);
      }
      // The translations, a few to a message (Telegram takes 4096 characters at most).
      let chunk = `<b>${esc(ctx.t("mt-ann-translations-title"))}</b>`;
      for (const l of made) {
        const block = `<b>${esc(label(l))}</b>\n${esc(texts[l]!)}`;
        if (chunk.length + block.length + 2 > 4000) {
          await ctx.reply(chunk, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
          chunk = block;
        } else chunk = `${chunk}\n\n${block}`;
      }
      if (made.length) await ctx.reply(chunk, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
      const notes = translationNotes(
        ctx.t.bind(ctx),
        result.value.flatMap((r) => (r.ok ? [] : [{ locale: r.locale, reason: r.reason }])),
        label,
        locale,
      );
      if (!made.length) {
        if (notes.length) await ctx.reply(notes.join("\n\n"));
        return;
      }
      // Corrections: a language's button, then its corrected text; Done keeps the rest as it is.
      let first = true;
      for (;;) {
        const keyboard = languageGrid(new InlineKeyboard(), "fix", made, (l) => (origins[l as Locale]?.origin === "MACHINE" ? "🤖" : "✅"), "mt-ann-corrections-done");
        const intro = first ? [...notes, ctx.t("mt-ann-ask-correct")] : [ctx.t("mt-ann-ask-correct")];
        first = false;
        const fix = await ask(
          () => ctx.reply(intro.join("\n\n"), { reply_markup: withCancel(keyboard) }),
          (u) => {
            const value = picked(u, "fix");
            return value === "done" || made.includes(value as Locale) ? value : undefined;
          },
          (u) => u.t("signup-button-hint"),
        );
        if (fix === "done") return;
        const target = fix as Locale;
        texts[target] = await ask(
          () => ctx.reply(ctx.t("mt-ann-ask-correction", { language: label(target) })),
          typedText,
          (u) => u.t("broadcast-text-hint", { max: ANNOUNCEMENT_TEXT_MAX }),
        );
        origins[target] = { origin: "HUMAN" };
      }
    }

    // 5. Now, or at a date and time (Berlin), validated as future; optionally repeating.
    // "Now" is not a time fixed here: the domain takes the moment of confirmation. A chosen time
    // that passed while staff read the preview asks for the time again; the rest is kept.
    let timeNote = "";
    for (;;) {
      const nowMs = await conversation.external((outer) => outer.clock.now().getTime());
      const when = await ask<Date | "now">(
        () => ctx.reply(`${timeNote}${ctx.t("broadcast-ask-when")}`, { reply_markup: withCancel(new InlineKeyboard().text(ctx.t("broadcast-now"), answer("when", "now"))) }),
        (u) => (picked(u, "when") === "now" ? "now" : parseFutureDateTime(u.message?.text, nowMs, timezone)),
        (u) => u.t("broadcast-when-hint"),
      );
      // Repeats keep the local time of the first run ("now": the time of the tap).
      const local = DateTime.fromJSDate(when === "now" ? new Date(nowMs) : when, { zone: timezone });
      const hhmm = local.toFormat("HH:mm");
      const repeat = await ask(
        () =>
          ctx.reply(ctx.t("broadcast-ask-repeat"), {
            reply_markup: withCancel(
              new InlineKeyboard()
                .text(ctx.t("broadcast-repeat-none"), answer("rep", "none"))
                .row()
                .text(ctx.t("broadcast-repeat-weekly", { time: hhmm }), answer("rep", "weekly"))
                .row()
                .text(ctx.t("broadcast-repeat-monthly", { day: Math.min(local.day, 28), time: hhmm }), answer("rep", "monthly")),
            ),
          }),
        (u) => picked(u, "rep"),
        (u) => u.t("signup-button-hint"),
      );
      const repeatRule = repeat === "weekly" ? `weekly:${local.weekday}:${hhmm}` : repeat === "monthly" ? `monthly:${Math.min(local.day, 28)}:${hhmm}` : undefined;

      // 6. Preview as a German and an Arabic recipient see it, with the count.
      const count = await attempt(conversation, (outer) => outer.services.announcements.countAudience(staff.id, audience));
      if (!count.ok) {
        await ctx.reply(ctx.t(`error-${count.code}`));
        return;
      }
      // As the transport renders it (announcement-transport.ts): the same pick, the same notice.
      for (const viewer of ["de", "ar"] as const) {
        const shown = announcementBody((key, args) => ctx.i18n.fluent.translate(viewer, key, args ?? {}), { texts, textOrigins: origins, sourceLocale: locale }, viewer).text;
        await ctx.reply(`${ctx.t("broadcast-preview-as", { language: languageLabel(viewer, locale, ownLanguageName(viewer)) })}\n\n${shown}`);
      }

      // 7. Confirm; an urgent one says plainly that it also arrives at night.
      const question =
        when === "now"
          ? ctx.t("broadcast-confirm-question-now", { count: count.value })
          : ctx.t("broadcast-confirm-question", { count: count.value, date: formatDateTime(when, { locale, timezone }) });
      await ask(
        () =>
          ctx.reply(urgent ? `${question}\n\n⚠️ ${ctx.t("broadcast-confirm-urgent-night")}` : question, {
            reply_markup: withCancel(new InlineKeyboard().text(ctx.t("broadcast-confirm"), answer("ok", "yes"))),
          }),
        (u) => (picked(u, "ok") === "yes" ? true : undefined),
        (u) => u.t("signup-button-hint"),
      );
      const created = await attempt(conversation, (outer) =>
        outer.services.announcements.create(staff.id, {
          ...(organizationId !== undefined ? { organizationId } : {}),
          texts,
          sourceLocale: locale,
          audience,
          urgent,
          scheduledAt: when,
          offerId: preset?.offerId,
          repeatRule,
          origins,
        }),
      );
      if (!created.ok && created.code === "announcement-time-passed") {
        timeNote = `${ctx.t("broadcast-time-passed")}\n\n`;
        continue;
      }
      if (!created.ok) await ctx.reply(ctx.t(`error-${created.code}`));
      else if (created.value.status === "PENDING_APPROVAL") await ctx.reply(ctx.t("broadcast-saved-pending"));
      else await ctx.reply(ctx.t(when === "now" ? "broadcast-sending" : "broadcast-saved", { count: count.value }));
      return;
    }
  };
}

/** Staff change the text (in the source language) or the time of a scheduled announcement. */
export function createEditAnnouncementConversation({ timezone }: { timezone: string }) {
  return async function editAnnouncement(conversation: Conv, ctx: BaseContext, announcementId: number): Promise<void> {
    const session = await openBroadcastConversation(conversation, ctx);
    if (!session) return;
    const { ask, answer, picked, withCancel, actor: staff, locale, ownLanguageName } = session;
    const what = await ask(
      () =>
        ctx.reply(ctx.t("broadcast-edit-what", { id: announcementId }), {
          reply_markup: withCancel(
            new InlineKeyboard().text(ctx.t("broadcast-edit-text"), answer("edit", "text")).row().text(ctx.t("broadcast-edit-time"), answer("edit", "time")),
          ),
        }),
      (u) => {
        const value = picked(u, "edit");
        return value === "text" || value === "time" ? value : undefined;
      },
      (u) => u.t("signup-button-hint"),
    );
    const nowMs = await conversation.external((outer) => outer.clock.now().getTime());
    const change = await ask<{ text: string } | { at: Date }>(
      () => ctx.reply(what === "text" ? ctx.t("broadcast-ask-text", { max: ANNOUNCEMENT_TEXT_MAX }) : ctx.t("broadcast-edit-ask-time")),
      (u) => {
        const text = u.message?.text?.trim();
        if (what === "text") return text && text.length <= ANNOUNCEMENT_TEXT_MAX ? { text } : undefined;
        const at = parseFutureDateTime(text, nowMs, timezone);
        return at ? { at } : undefined;
      },
      (u) => (what === "text" ? u.t("broadcast-text-hint", { max: ANNOUNCEMENT_TEXT_MAX }) : u.t("broadcast-when-hint")),
    );
    // A new source text: machine versions are translated again, and the author is told which of
    // their own translations to check.
    const result = await attempt(conversation, async (outer) => {
      if ("text" in change) {
        const current = (await outer.services.announcements.listScheduled(staff.id)).find((a) => a.id === announcementId);
        if (!current) throw new DomainError("announcement-not-editable");
        return outer.services.announcements.edit(staff.id, announcementId, { texts: { ...(current.texts as Record<string, string>), [current.sourceLocale]: change.text } });
      }
      return outer.services.announcements.edit(staff.id, announcementId, { scheduledAt: change.at });
    });
    if (!result.ok) {
      await ctx.reply(ctx.t(`error-${result.code}`));
      return;
    }
    const label = (l: string) => languageLabel(l, locale, ownLanguageName(l));
    const lines = [ctx.t("broadcast-edit-saved")];
    if (result.value.outdated.length) lines.push(ctx.t("translation-outdated", { languages: formatList(result.value.outdated.map(label), locale) }));
    lines.push(...translationNotes(ctx.t.bind(ctx), result.value.failed, label, locale));
    await ctx.reply(lines.join("\n\n"));
  };
}
