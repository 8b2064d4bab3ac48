// Buttons around sign-ups. Ids travel in callback data; every handler checks that the sign-up
// belongs to the user who pressed (or, for guardians, that the secret token matches).
import { InlineKeyboard } from "grammy";
import type { MySignup } from "../../domain/signups.ts";
import { positiveId, callbackCodec } from "../callback-data.ts";
import type { Translate } from "../i18n.ts";

const id = positiveId;
const token = {
  encode: (value: string) => value,
  decode: (raw: string) => (/^[A-Za-z0-9_-]{16,32}$/.test(raw) ? raw : undefined),
};

/** "Sign up" on an offer date: starts the sign-up conversation. */
export const startSignup = callbackCodec("su", "go", id);
/** /my: one sign-up, the cancel question, the cancel itself, the calendar file, the list. */
export const viewMySignup = callbackCodec("my", "v", id);
export const askCancelSignup = callbackCodec("my", "c", id);
export const cancelSignup = callbackCodec("my", "x", id);
export const resendCalendar = callbackCodec("my", "i", id);
export const backToMySignups = callbackCodec("my", "l", id);
/** "Still coming?" answers. */
export const stillComingAnswer = callbackCodec("sc", "a", {
  encode: ({ answer, signupId }: { answer: "y" | "n"; signupId: number }) => `${answer}:${signupId}`,
  decode: (raw: string) => {
    const match = /^([yn]):([1-9]\d{0,9})$/.exec(raw);
    return match ? { answer: match[1] as "y" | "n", signupId: Number(match[2]) } : undefined;
  },
});
/** The guardian's answer; the token proves they opened the link. */
export const guardianYes = callbackCodec("gd", "y", token);
export const guardianNo = callbackCodec("gd", "n", token);

/** Answers inside the sign-up conversation: "sg:<step>:<value>". */
export const SIGNUP_CANCEL = "sg:cancel:0";
export const signupAnswer = (step: string, value: string | number) => `sg:${step}:${value}`;
export const SIGNUP_ANSWER = /^sg:([a-z]+):([A-Za-z0-9_]{1,20})$/;

export function mySignupsKeyboard(signups: MySignup[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  signups.forEach((s, i) => keyboard.text(`${i + 1}. ${s.title.slice(0, 40)}`, viewMySignup.pack(s.signupId)).row());
  return keyboard;
}

export function mySignupKeyboard(t: Translate, signup: MySignup): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (signup.status === "CONFIRMED") keyboard.text(t("my-ics"), resendCalendar.pack(signup.signupId)).row();
  return keyboard.text(t("my-cancel"), askCancelSignup.pack(signup.signupId)).row().text(t("my-back"), backToMySignups.pack(1));
}

export function cancelQuestionKeyboard(t: Translate, signupId: number): InlineKeyboard {
  return new InlineKeyboard().text(t("my-cancel-yes"), cancelSignup.pack(signupId)).row().text(t("my-cancel-no"), viewMySignup.pack(signupId));
}
