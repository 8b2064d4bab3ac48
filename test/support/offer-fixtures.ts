// What the offer authorization tests aim at, for one organization of the cast (actors.ts): a
// published offer with a sign-up on its next date, a past date with a sign-up (attendance), an
// offer waiting for approval, and a waiting revision of the published offer.
import type { Services } from "../../src/domain/index.ts";
import { revisionData, type OfferEdit } from "../../src/domain/offer-revisions.ts";
import type { Cast } from "./actors.ts";
import type { TestDatabase } from "./database.ts";

export type OfferFixture = { offer: number; occurrence: number; signup: number; pastSignup: number; pending: number; revision: number };

export const fixtureDraft = (organizationId: number, title = "Sprachcafé"): OfferEdit => ({
  organizationId,
  categoryId: "sport",
  sourceLocale: "de",
  startsAt: new Date("2026-12-05T14:00:00Z"),
  endsAt: new Date("2026-12-05T16:00:00Z"),
  address: "Stadtteilhaus",
  signupRequired: true,
  capacity: 10,
  texts: { de: { title, summary: "Deutsch üben" } },
});

/** The fixture of `org`, whose staff member `staff` made everything; the cast's resident signed up. */
export async function seedOfferFixture(db: TestDatabase, services: Services, cast: Cast, org: number, staff: number): Promise<OfferFixture> {
  const { offers } = services;
  const offer = (await offers.saveOffer({ ...fixtureDraft(org), status: "PUBLISHED", createdByUserId: staff })).id;
  const occurrence = await offers.nextOccurrenceId(offer);
  const { signupId: signup } = await services.signups.signUp({ occurrenceId: occurrence, userId: cast.users.resident.id, seats: 1, listName: "Olena", ageBand: "ADULT" });
  const past = (await offers.saveOffer({ ...fixtureDraft(org, "Gestern"), startsAt: new Date("2026-11-30T14:00:00Z"), endsAt: undefined, status: "PUBLISHED" })).id;
  const pastOccurrence = await db.prisma.offerOccurrence.findFirstOrThrow({ where: { offerId: past } });
  const pastSignup = (await db.prisma.signup.create({ data: { occurrenceId: pastOccurrence.id, userId: cast.users.resident.id, seats: 1, listName: "Olena", status: "CONFIRMED" } })).id;
  const pending = (await offers.saveOffer({ ...fixtureDraft(org, "Wartet"), status: "PENDING_APPROVAL", createdByUserId: staff })).id;
  const revision = (await db.prisma.offerRevision.create({ data: { offerId: offer, authorUserId: staff, data: revisionData({ ...fixtureDraft(org), costText: "2 €" }) } })).id;
  return { offer, occurrence, signup, pastSignup, pending, revision };
}

/** Everything a refused offer action could have changed. */
export async function offerSnapshot(db: TestDatabase) {
  return {
    offers: await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    translations: await db.prisma.offerTranslation.findMany({ orderBy: [{ offerId: "asc" }, { locale: "asc" }] }),
    occurrences: await db.prisma.offerOccurrence.findMany({ orderBy: { id: "asc" } }),
    signups: await db.prisma.signup.findMany({ orderBy: { id: "asc" } }),
    revisions: await db.prisma.offerRevision.findMany({ orderBy: { id: "asc" } }),
  };
}
