// A broadcast queued straight in the database: `recipients` users and one urgent announcement
// to all of them, turned into outbox rows. For the delivery engine's rate and crash tests.
import { createActors } from "../../src/domain/actors.ts";
import { createAnnouncementsService } from "../../src/domain/announcements.ts";
import { systemClock } from "../../src/domain/clock.ts";
import type { Db } from "../../src/db/index.ts";

export const BROADCAST_TEXT = "Aktionstag Lärm, Müll und Sicherheit in Coerde am Samstag";

/** Creates the users (telegram ids from `firstChatId` on) and queues the broadcast; returns their chat ids. */
export async function queueBroadcast(db: Db, recipients: number, firstChatId = 7_000_000): Promise<number[]> {
  const chats = Array.from({ length: recipients }, (_, i) => firstChatId + i);
  await db.user.createMany({ data: chats.map((id) => ({ telegramId: BigInt(id), locale: "de" })) });
  const users = await db.user.findMany({ where: { telegramId: { gte: BigInt(firstChatId), lt: BigInt(firstChatId + recipients) } }, select: { id: true, locale: true, telegramId: true }, orderBy: { id: "asc" } });
  // The first recipient writes it, as an admin by configuration.
  const actors = createActors({ db, adminIds: [users[0]!.telegramId] });
  const announcements = createAnnouncementsService({ db, clock: systemClock, actors, timezone: "Europe/Berlin", quietHours: null, subscribers: async () => users.map((u) => ({ userId: u.id, locale: u.locale })) });
  await announcements.create(users[0]!.id, {
    texts: { de: BROADCAST_TEXT },
    sourceLocale: "de",
    audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
    urgent: true,
    scheduledAt: new Date(),
  });
  await announcements.enqueueDue(new Date());
  return chats;
}
