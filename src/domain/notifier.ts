// The port through which domain services tell people things outside a conversation
// (promotion from the waiting list, reminders, "still coming?"). The app's implementation puts
// each notice into the outbox (src/domain/outbox.ts); the delivery engine sends it and the bot
// renders it (src/bot/notifier.ts). Notices carry everything needed to render them, already in
// the recipient's language where the domain holds texts. New kinds: add them here, to the
// rendering map in src/bot/notifier.ts, and (if they are about the person's own seat or date)
// to TRANSACTIONAL in src/domain/outbox.ts.

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

/** An announcement as its author is told about it: the first words in the author's language. */
export type NoticeAnnouncement = { announcementId: number; excerpt: string; scheduledAt: Date };

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
  | { kind: "offer-revision-rejected"; to: NoticeRecipient; offer: NoticeOffer; reason: string }
  /** To the author, when every delivery of their announcement is done. */
  | { kind: "announcement-report"; to: NoticeRecipient; report: AnnouncementReport }
  /** To admins: an untrusted organization's announcement waits for approval. */
  | { kind: "announcement-pending"; to: NoticeRecipient; announcement: NoticeAnnouncement; organizationName: string }
  /** To the author of an untrusted organization's announcement, after an admin decided. */
  | { kind: "announcement-approved"; to: NoticeRecipient; announcement: NoticeAnnouncement }
  | { kind: "announcement-rejected"; to: NoticeRecipient; announcement: NoticeAnnouncement; reason: string }
  /** To an organization's staff: its subscribed calendar could not be read for a day. */
  | { kind: "calendar-failing"; to: NoticeRecipient; url: string }
  /** To admins: an import (a file or a subscribed calendar) left `count` offers or changes of the organization waiting for approval. */
  | { kind: "import-pending"; to: NoticeRecipient; organizationName: string; count: number };

export type AnnouncementReport = { announcementId: number; sent: number; failed: number; blocked: number };

/**
 * queued: in the outbox; the delivery engine sends it (with retries) when it may.
 * gone: nobody to send it to (unknown recipient, or they blocked the bot).
 */
export type NoticeResult = "queued" | "gone";

export type Notifier = { send(notice: Notice): Promise<NoticeResult> };

/** For code paths that notify nobody. */
export const silentNotifier: Notifier = { send: async () => "queued" };
