// The notices the domain queued in the outbox (deliveries that are not announcements), read
// back and decoded as the notice transport will see them: tests assert what was queued here
// and what was delivered through the fake Bot API.
import type { Db } from "../../src/db/index.ts";
import type { Notice } from "../../src/domain/notifier.ts";
import { ANNOUNCEMENT_KIND, decodeNotice } from "../../src/domain/outbox.ts";

/** A short label of a notice: whose list name or which offer. */
export const noticeLabel = (n: Notice): string =>
  "signup" in n
    ? n.signup.listName
    : "offer" in n
      ? n.offer.title
      : "announcement" in n
        ? n.announcement.excerpt
        : `#${(n as { report?: { announcementId: number } }).report?.announcementId}`;

/** The outbox's notices on `db`, oldest first. */
export function outboxNotes(db: Db) {
  const rows = () =>
    db.delivery.findMany({ where: { kind: { not: ANNOUNCEMENT_KIND } }, orderBy: { id: "asc" }, include: { user: { select: { telegramId: true } } } });
  const notices = async (): Promise<Notice[]> => (await rows()).map((r) => decodeNotice(r.payload, { telegramId: r.user.telegramId, locale: r.locale }));
  return {
    notices,
    /** The rows themselves (priority, notBefore, status). */
    rows,
    /** "<kind>:<label>" per notice, oldest first. */
    kinds: async () => (await notices()).map((n) => `${n.kind}:${noticeLabel(n)}`),
    /** Forgets the notices queued so far (a test's arrange step made some). */
    clear: () => db.delivery.deleteMany({ where: { kind: { not: ANNOUNCEMENT_KIND } } }),
  };
}

export type OutboxNotes = ReturnType<typeof outboxNotes>;
