// Builders for the updates Telegram sends, so tests read as what a user does.
import { signupAnswer, startSignup } from "../../src/bot/keyboards/signups.ts";
import type { Update } from "grammy/types";

export type TestUser = { id: number; first_name: string; language_code?: string };

let nextMessageId = 1;
let nextUpdateId = 1;
const now = () => Math.floor(Date.now() / 1000);

const privateChat = (user: TestUser) => ({ id: user.id, type: "private" as const, first_name: user.first_name });
const from = (user: TestUser) => ({ id: user.id, is_bot: false, first_name: user.first_name, language_code: user.language_code });

export function textUpdate(user: TestUser, text: string): Update {
  return { update_id: nextUpdateId++, message: { message_id: nextMessageId++, date: now(), chat: privateChat(user), from: from(user), text } };
}

export function commandUpdate(user: TestUser, command: string, args = ""): Update {
  const text = `/${command}${args ? ` ${args}` : ""}`;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: privateChat(user),
      from: from(user),
      text,
      entities: [{ type: "bot_command", offset: 0, length: command.length + 1 }],
    },
  };
}

export function callbackUpdate(user: TestUser, data: string, messageId = 1): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from: from(user),
      chat_instance: `ci${user.id}`,
      data,
      message: { message_id: messageId, date: now(), chat: privateChat(user), text: "…" } as never,
    },
  };
}

export function groupCommandUpdate(user: TestUser, groupId: number, command: string): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: { id: groupId, type: "group", title: "Nachbarschaft" },
      from: from(user),
      text: `/${command}`,
      entities: [{ type: "bot_command", offset: 0, length: command.length + 1 }],
    },
  };
}

export function stickerUpdate(user: TestUser): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: privateChat(user),
      from: from(user),
      sticker: { file_id: "s1", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
    },
  };
}

export function blockedUpdate(user: TestUser, status: "kicked" | "member"): Update {
  return {
    update_id: nextUpdateId++,
    my_chat_member: {
      chat: privateChat(user),
      from: from(user),
      date: now(),
      old_chat_member: { status: status === "kicked" ? "member" : "kicked", user: { id: 123456, is_bot: true, first_name: "Treffpunkt" } } as never,
      new_chat_member: { status, user: { id: 123456, is_bot: true, first_name: "Treffpunkt" } } as never,
    },
  };
}

/** Something other than text where text is expected. */
export function mediaUpdate(user: TestUser, kind: "photo" | "voice" | "location" | "sticker" | "document" | "contact"): Update {
  const media: Record<typeof kind, object> = {
    photo: { photo: [{ file_id: "p1", file_unique_id: "pu1", width: 90, height: 90 }], caption: "look" },
    voice: { voice: { file_id: "v1", file_unique_id: "vu1", duration: 3 } },
    location: { location: { latitude: 51.96, longitude: 7.62 } },
    sticker: { sticker: { file_id: "s1", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } },
    document: { document: { file_id: "d1", file_unique_id: "du1", file_name: "cv.pdf" } },
    contact: { contact: { phone_number: "+4915112345678", first_name: user.first_name } },
  };
  return { update_id: nextUpdateId++, message: { message_id: nextMessageId++, date: now(), chat: privateChat(user), from: from(user), ...media[kind] } as never };
}

/** The user edited an earlier message; Telegram sends the new text as its own update. */
export function editedTextUpdate(user: TestUser, text: string): Update {
  return { update_id: nextUpdateId++, edited_message: { message_id: nextMessageId - 1, date: now() - 5, edit_date: now(), chat: privateChat(user), from: from(user), text } as never };
}

export function forwardedTextUpdate(user: TestUser, text: string): Update {
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextMessageId++, date: now(), chat: privateChat(user), from: from(user), text, forward_origin: { type: "hidden_user", sender_user_name: "Someone", date: now() - 60 } } as never,
  };
}

export function groupTextUpdate(user: TestUser, groupId: number, text: string): Update {
  return { update_id: nextUpdateId++, message: { message_id: nextMessageId++, date: now(), chat: { id: groupId, type: "supergroup", title: "Nachbarschaft" }, from: from(user), text } as never };
}

/** A message that replies to one the bot sent (Telegram includes the message replied to). */
export function replyUpdate(user: TestUser, text: string, replyTo: { message_id: number }, chat?: { id: number; type: "group" | "supergroup" }): Update {
  const where = chat ? { ...chat, title: "Team" } : privateChat(user);
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: where,
      from: from(user),
      text,
      reply_to_message: { message_id: replyTo.message_id, date: now(), chat: where, from: { id: 123456, is_bot: true, first_name: "Treffpunkt", username: "treffpunkt_test_bot" }, text: "…" },
    } as never,
  };
}

/** The button taps of a whole sign-up (seats, the prefilled name, the age group (every offer asks; adults by default), consent, confirm). */
export function signupTaps(occurrenceId: number, seats: number, age = "ADULT"): string[] {
  return [
    startSignup.pack(occurrenceId),
    signupAnswer("seats", seats),
    signupAnswer("name", "ok"),
    signupAnswer("age", age),
    signupAnswer("consent", "yes"),
    signupAnswer("confirm", "yes"),
  ];
}

/** A document the user sends (or forwards): register its bytes with the fake's registerFile first. */
export function documentUpdate(user: TestUser, document: { file_id: string; file_size?: number; file_name: string; mime_type?: string }, options: { forwarded?: boolean } = {}): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: privateChat(user),
      from: from(user),
      document: { file_unique_id: `u-${document.file_id}`, ...document },
      ...(options.forwarded ? { forward_origin: { type: "hidden_user", sender_user_name: "Kollegin", date: now() - 60 } } : {}),
    } as never,
  };
}
