// The port through which domain services tell people things outside a conversation
// (promotion from the waiting list, reminders, "still coming?"). The bot implements it with
// bot.api (src/bot/notifier.ts); tests use a recording fake. Notices carry everything needed
// to render them, already in the recipient's language where the domain holds texts.

export type NoticeRecipient = { telegramId: bigint; locale: string | undefined };

export type NoticeSignup = {
  signupId: number;
  occurrenceId: number;
  offerId: number;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | undefined;
  seats: number;
  listName: string;
};

/** An offer date as people are told about it; texts already in the recipient's language. */
export type NoticeOffer = {
  offerId: number;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | undefined;
};

export type Notice =
  | { kind: "signup-promoted"; to: NoticeRecipient; signup: NoticeSignup }
  | { kind: "signup-reminder"; to: NoticeRecipient; signup: NoticeSignup }
  | { kind: "signup-still-coming"; to: NoticeRecipient; signup: NoticeSignup }
  | { kind: "signup-lapsed"; to: NoticeRecipient; signup: NoticeSignup }
  | { kind: "guardian-confirmed"; to: NoticeRecipient; signup: NoticeSignup }
  | { kind: "guardian-declined"; to: NoticeRecipient; signup: NoticeSignup }
  /** Time or place of a date someone signed up for changed; `before` is what it was. */
  | { kind: "offer-changed"; to: NoticeRecipient; offer: NoticeOffer; before: { startsAt: Date; place: string | undefined } }
  | { kind: "offer-cancelled"; to: NoticeRecipient; offer: NoticeOffer }
  /** To admins: an offer waits for approval. */
  | { kind: "offer-pending"; to: NoticeRecipient; offer: NoticeOffer; organizationName: string }
  /** To the author. */
  | { kind: "offer-approved"; to: NoticeRecipient; offer: NoticeOffer }
  | { kind: "offer-rejected"; to: NoticeRecipient; offer: NoticeOffer; reason: string }
  /** To admins: a change to a published offer waits for approval (the offer shows as published). */
  | { kind: "offer-revision-pending"; to: NoticeRecipient; offer: NoticeOffer; organizationName: string }
  /** To the staff member who made the change. */
  | { kind: "offer-revision-approved"; to: NoticeRecipient; offer: NoticeOffer }
  | { kind: "offer-revision-rejected"; to: NoticeRecipient; offer: NoticeOffer; reason: string };

/**
 * sent: delivered. retry: a passing fault (network, 429, 5xx); the sender may try again later.
 * gone: will never work (the user blocked the bot, the chat is gone).
 */
export type NoticeResult = "sent" | "retry" | "gone";

export type Notifier = { send(notice: Notice): Promise<NoticeResult> };

/** For code paths and tests that notify nobody. */
export const silentNotifier: Notifier = { send: async () => "sent" };
