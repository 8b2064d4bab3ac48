// What an end-to-end journey does with the chat, once: the messages a user got, the last one,
// sending an update through the fake Telegram server's webhook, tapping a button by its label,
// and the German text of a key. `rig` is read at call time (startTestRig runs in beforeAll).
import { expect } from "vitest";
import type { TestRig } from "./app.ts";
import { stripBidi, type ApiCall } from "./fake-telegram.ts";
import { buttons } from "./screens.ts";
import { callbackUpdate, type TestUser } from "./updates.ts";

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

export function journeyChat(rig: () => Pick<TestRig, "app" | "telegram">) {
  const messagesTo = (user: TestUser): ApiCall[] => rig().telegram.api.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id);
  /** Sent and edited messages: what the user's screen showed, in order. */
  const screensOf = (user: TestUser): ApiCall[] =>
    rig().telegram.api.calls.filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === user.id);
  const last = (user: TestUser) => messagesTo(user).at(-1)!;
  const send = async (update: { update_id: number }) => expect((await rig().telegram.deliver(withoutId(update))).status).toBe(200);
  const tap = async (user: TestUser, label: string) => {
    const button = buttons(last(user)).find((b) => stripBidi(b.text) === label || stripBidi(b.text).endsWith(` ${label}`));
    if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(buttons(last(user)).map((b) => b.text))}`);
    await send(callbackUpdate(user, button.callback_data!));
  };
  const de = (key: string, args?: Record<string, string | number>) => stripBidi(rig().app.i18n.t("de", key, args));
  return { messagesTo, screensOf, last, send, tap, de };
}
