// The sign-up conversation: seats -> name for the list -> age band (every offer; adults-only
// offers ask to confirm 18 or older) -> children's seats (adults booking for children) ->
// consent -> summary -> confirm. Under the guardian age the sign-up waits for a guardian.
// /cancel or the Cancel button leaves at every step; a wrong answer is asked again with a hint;
// after 30 minutes of silence the next message is told that the sign-up stopped. The state is
// stored in the database, so a restart in the middle loses nothing.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { ADULT_AGE, bandFits, bandsFor, isAdultsOnly, LIST_NAME_MAX, type AgeBand, type SignupOptions, type SignupOutcome } from "../../domain/signups.ts";
import type { BaseContext, BotContext } from "../context.ts";
import { ageRangeText, escapeHtml as esc, formatDateTime, formatNumber, isolate, latinDigits } from "../formatting.ts";
import { SIGNUP_ANSWER, SIGNUP_CANCEL, signupAnswer } from "../keyboards/signups.ts";
import type { SignupScreens } from "../screens/signups.ts";
import { attempt, conversationSteps } from "./steps.ts";

export const SIGNUP_CONVERSATION = "signup";
/** Silence after which the conversation gives up. */
export const SIGNUP_TIMEOUT_MS = 30 * 60_000;

type Conv = Conversation<BotContext, BaseContext>;

/** Button answers of this conversation: step and value. */
function answerOf(ctx: BaseContext): { step: string; value: string } | undefined {
  const match = SIGNUP_ANSWER.exec(ctx.callbackQuery?.data ?? "");
  return match ? { step: match[1]!, value: match[2]! } : undefined;
}

/** The button of an age band; its label follows the guardian age (GUARDIAN_AGE). */
function bandLabel(ctx: BaseContext, band: AgeBand, guardianAge: number): string {
  if (band === "UNDER_16") return ctx.t("signup-age-under", { age: guardianAge });
  if (band === "AGE_16_17") return ctx.t("signup-age-teen", { age: guardianAge, last: ADULT_AGE - 1 });
  return ctx.t("signup-age-adult");
}

function numberKeyboard(ctx: BaseContext, locale: string, step: string, from: number, to: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (let n = from; n <= to; n++) {
    keyboard.text(formatNumber(n, locale), signupAnswer(step, n));
    if ((n - from) % 3 === 2) keyboard.row();
  }
  return keyboard.row().text(ctx.t("signup-cancel"), SIGNUP_CANCEL);
}

export function createSignupConversation(screens: SignupScreens) {
  return async function signup(conversation: Conv, ctx: BaseContext, occurrenceId: number): Promise<void> {
    // Inside a conversation every update gets a fresh context; the user's chosen language
    // comes from the outside context once and is applied to each of them.
    const locale = await conversation.external((outer) => outer.i18n.getLocale());
    const userId = await conversation.external((outer) => outer.user?.id ?? 0);
    ctx.i18n.useLocale(locale);
    const { ask } = await conversationSteps(conversation, {
      locale,
      cancelData: SIGNUP_CANCEL,
      timeoutMs: SIGNUP_TIMEOUT_MS,
      cancelledKey: "signup-cancelled",
      timeoutKey: "signup-timeout",
      isAnswer: (update) => answerOf(update) !== undefined,
    });

    const options = await attempt(conversation, (outer) => outer.services.signups.getOptions({ occurrenceId, userId, locale }));
    if (!options.ok) {
      await conversation.external((outer) => screens.explainRefusal(outer, options.code, occurrenceId));
      return;
    }
    const offer: SignupOptions = options.value;

    const title = offer.title;
    // The domain caps it (SIGNUP_MAX_SEATS and the offer's own limit).
    const maxSeats = offer.maxSeats;

    // 1. How many seats.
    const seats = await ask(
      () => ctx.reply(ctx.t("signup-ask-seats", { title, max: maxSeats }), { reply_markup: numberKeyboard(ctx, locale, "seats", 1, maxSeats) }),
      (update) => {
        const answer = answerOf(update);
        const raw = answer?.step === "seats" ? answer.value : latinDigits(update.message?.text ?? "").trim();
        const n = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : undefined;
        return n !== undefined && n >= 1 && n <= maxSeats ? n : undefined;
      },
      (update) => update.t("signup-seats-hint", { max: maxSeats }),
    );

    // 2. Name for the list, prefilled from Telegram.
    const telegramName = (ctx.from?.first_name ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, LIST_NAME_MAX);
    const listName = await ask(
      () =>
        ctx.reply(ctx.t("signup-ask-name"), {
          reply_markup: (telegramName ? new InlineKeyboard().text(`✅ ${telegramName}`, signupAnswer("name", "ok")).row() : new InlineKeyboard()).text(
            ctx.t("signup-cancel"),
            SIGNUP_CANCEL,
          ),
        }),
      (update) => {
        if (answerOf(update)?.step === "name" && telegramName) return telegramName;
        const typed = update.message?.text?.replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
        return typed && Array.from(typed).length <= LIST_NAME_MAX ? typed : undefined;
      },
      (update) => update.t("signup-name-hint", { max: LIST_NAME_MAX }),
    );

    // 3. Age band, for every offer: under the guardian age a guardian confirms.
    let childSeats = 0;
    const range = ageRangeText(ctx.t, offer.ageMin, offer.ageMax);
    const bands = bandsFor(offer.ageMin, offer.guardianAge);
    const ageKeyboard = new InlineKeyboard();
    if (isAdultsOnly(offer.ageMin)) ageKeyboard.text(ctx.t("signup-adult-confirm", { age: ADULT_AGE }), signupAnswer("age", "ADULT")).row();
    else for (const band of bands) ageKeyboard.text(bandLabel(ctx, band, offer.guardianAge), signupAnswer("age", band)).row();
    ageKeyboard.text(ctx.t("signup-cancel"), SIGNUP_CANCEL);
    const question = isAdultsOnly(offer.ageMin)
      ? ctx.t("signup-ask-adult", { age: ADULT_AGE })
      : range
        ? ctx.t("signup-ask-age", { range })
        : ctx.t("signup-ask-age-any", { age: offer.guardianAge });
    const ageBand: AgeBand = await ask(
      () => ctx.reply(question, { reply_markup: ageKeyboard }),
      (update) => {
        const answer = answerOf(update);
        return answer?.step === "age" ? bands.find((band) => band === answer.value) : undefined;
      },
      (update) => update.t("signup-button-hint"),
    );
    if (range && !isAdultsOnly(offer.ageMin)) {
      const fits = bandFits(ageBand, offer.ageMin, offer.ageMax, offer.guardianAge);
      if (ageBand === "ADULT" && (seats > 1 || !fits)) {
        // 4. An adult booking for children: how many of the seats are for them.
        const least = fits ? 0 : 1;
        if (seats < least) {
          await ctx.reply(ctx.t("signup-age-mismatch", { range }));
          return;
        }
        childSeats = await ask(
          () => ctx.reply(ctx.t("signup-ask-children", { seats }), { reply_markup: numberKeyboard(ctx, locale, "kids", least, seats) }),
          (update) => {
            const answer = answerOf(update);
            const raw = answer?.step === "kids" ? answer.value : latinDigits(update.message?.text ?? "").trim();
            const n = raw && /^\d{1,2}$/.test(raw) ? Number(raw) : undefined;
            return n !== undefined && n >= least && n <= seats ? n : undefined;
          },
          (update) => update.t("signup-children-hint", { min: least, max: seats }),
        );
      } else if (!fits) {
        await ctx.reply(ctx.t("signup-age-mismatch", { range }));
        return;
      }
    }

    // 5. Consent.
    await ask(
      () =>
        ctx.reply(ctx.t("signup-consent", { days: ctx.services.privacy.policy.retentionDays }), {
          reply_markup: new InlineKeyboard().text(ctx.t("signup-consent-agree"), signupAnswer("consent", "yes")).row().text(ctx.t("signup-cancel"), SIGNUP_CANCEL),
        }),
      (update) => (answerOf(update)?.step === "consent" ? true : undefined),
      (update) => update.t("signup-button-hint"),
    );

    // 6. Summary and confirm.
    const current = await attempt(conversation, (outer) => outer.services.signups.getOptions({ occurrenceId, userId, locale }));
    const free = current.ok ? current.value.freeSeats : offer.freeSeats;
    const summary = [
      `<b>${esc(isolate(title))}</b>`,
      esc(ctx.t("offer-when", { date: formatDateTime(new Date(offer.startsAt), { locale, timezone: screens.timezone }) })),
      esc(ctx.t("signup-summary-seats", { seats })),
      esc(ctx.t("signup-summary-name", { name: listName })),
      ...(childSeats > 0 ? [esc(ctx.t("signup-summary-children", { children: childSeats }))] : []),
      "",
      esc(free === null || free >= seats ? ctx.t("signup-summary-fits") : ctx.t("signup-summary-full", { position: (current.ok ? current.value.waiting : offer.waiting) + 1 })),
    ].join("\n");
    await ask(
      () =>
        ctx.reply(`${esc(ctx.t("signup-summary"))}\n\n${summary}`, {
          parse_mode: "HTML",
          reply_markup: new InlineKeyboard().text(ctx.t("signup-confirm"), signupAnswer("confirm", "yes")).row().text(ctx.t("signup-cancel"), SIGNUP_CANCEL),
        }),
      (update) => (answerOf(update)?.step === "confirm" ? true : undefined),
      (update) => update.t("signup-button-hint"),
    );

    // 7. Sign up, and tell the result (runs once, also when the conversation is replayed).
    const result = await attempt<SignupOutcome>(conversation, (outer) =>
      outer.services.signups.signUp({ occurrenceId, userId, seats, childSeats, listName, ageBand }),
    );
    await conversation.external((outer) =>
      result.ok ? screens.announceOutcome(outer, result.value) : screens.explainRefusal(outer, result.code, occurrenceId),
    );
  };
}

