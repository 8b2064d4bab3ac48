// The cast of every authorization test: one of each kind of person who may try a staff or
// admin action. Organizations A and B are trusted partners, U is not; "revoked" was staff of A
// until an admin took it back; "admin" is an admin by BOT_ADMIN_IDS (ADMIN_TELEGRAM_ID).
//
//   const cast = await seedCast(db);
//   for (const who of ACTOR_NAMES) ... cast.users[who].id
import type { TestDatabase } from "./database.ts";

export const ACTOR_NAMES = ["resident", "staffA", "staffB", "untrusted", "revoked", "admin"] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];

/** Pass `adminIds: [ADMIN_TELEGRAM_ID]` to the services so that `admin` is one. */
export const ADMIN_TELEGRAM_ID = 9_000_006n;

export type Cast = {
  orgs: { A: number; B: number; U: number };
  users: Record<ActorName, { id: number; telegramId: bigint }>;
};

export async function seedCast(db: TestDatabase): Promise<Cast> {
  const org = (name: string, trusted: boolean) => db.prisma.organization.create({ data: { name, trusted }, select: { id: true } });
  const A = (await org("Stadt Münster · Partner A", true)).id;
  const B = (await org("Sportverein B", true)).id;
  const U = (await org("Neuer Partner U", false)).id;
  const person = async (n: number, role: "RESIDENT" | "STAFF" | "ADMIN", organizationId: number | null, telegramId = BigInt(9_000_000 + n)) => {
    const user = await db.prisma.user.create({ data: { telegramId, role, organizationId, locale: "de", firstName: `Person ${n}` }, select: { id: true, telegramId: true } });
    return user;
  };
  return {
    orgs: { A, B, U },
    users: {
      resident: await person(1, "RESIDENT", null),
      staffA: await person(2, "STAFF", A),
      staffB: await person(3, "STAFF", B),
      untrusted: await person(4, "STAFF", U),
      // Revoked staff are residents again with no organization (staff.revoke does the same).
      revoked: await person(5, "RESIDENT", null),
      admin: await person(6, "RESIDENT", null, ADMIN_TELEGRAM_ID),
    },
  };
}
