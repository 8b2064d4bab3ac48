// What the bot showed, read from the fake Bot API's calls: screens (messages sent or edited)
// and their inline buttons. For the bot tier and end to end alike.
import { stripBidi, type ApiCall, type FakeBotApi } from "./fake-telegram.ts";

export type Button = { text: string; callback_data?: string; url?: string };

/** The inline buttons of a message the bot sent or edited, row by row, flat (none: empty). */
export function buttons(call: ApiCall | undefined): Button[] {
  return call?.payload.reply_markup?.inline_keyboard?.flat() ?? [];
}

/** The texts of those buttons, without Fluent's isolation marks. */
export function labels(call: ApiCall | undefined): string[] {
  return buttons(call).map((b) => stripBidi(b.text));
}

/** The messages the bot sent or edited, in order; in one chat if given. */
export function screens(api: FakeBotApi, chatId?: number): ApiCall[] {
  return api.calls.filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && (chatId === undefined || Number(c.payload.chat_id) === chatId));
}

/** The last message the bot sent or edited (in one chat if given); fails the test if there is none. */
export function lastScreen(api: FakeBotApi, chatId?: number): ApiCall {
  const screen = screens(api, chatId).at(-1);
  if (!screen) throw new Error(chatId === undefined ? "the bot showed nothing" : `the bot showed nothing in chat ${chatId}`);
  return screen;
}
