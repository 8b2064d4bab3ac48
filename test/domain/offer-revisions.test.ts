// Revisions: an untrusted organization's change to a published offer waits for an admin while
// residents keep seeing the published version; trusted organizations and admins publish at once.
import { beforeEach, describe, expect, it } from "vitest";
import type { OfferEdit } from "../../src/domain/offer-revisions.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";

describe("revisions of published offers", () => {
  const { db, services, notes } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let districts: { coerde: number; hafen: number };

  beforeEach(async () => {
    cast = await seedCast(db);
    districts = {
      coerde: (await services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde", en: "Coerde" } })).id,
      hafen: (await services.catalog.saveDistrict({ slug: "hafen", sortOrder: 2, names: { de: "Am Hafen", en: "Harbour" } })).id,
    };
  });

  const draft = (organizationId: number, extra: Partial<OfferEdit> = {}): OfferEdit => ({
    organizationId,
    categoryId: "sport",
    sourceLocale: "de",
    startsAt: new Date("2026-12-05T14:00:00Z"),
    endsAt: new Date("2026-12-05T16:00:00Z"),
    districtId: districts.coerde,
    address: "Sportplatz Südpark",
    signupRequired: true,
    capacity: 20,
    texts: { de: { title: "Fußball", summary: "Training" } },
    ...extra,
  });

  /** An offer of U, published by the admin's approval; the notices so far are forgotten. */
  async function publishedOfU(extra: Partial<OfferEdit> = {}) {
    const { id } = await services.offerManagement.create(cast.users.untrusted.id, draft(cast.orgs.U, extra), true);
    await services.offerManagement.approve(cast.users.admin.id, id);
    await notes.clear();
    return id;
  }

  const residentTitle = async (offerId: number) => (await services.offers.getDetails({ occurrenceId: await services.offers.nextOccurrenceId(offerId), locale: "de" })).title;
  const revisionsOf = (offerId: number) => db.prisma.offerRevision.findMany({ where: { offerId }, orderBy: { id: "asc" } });

  it("when untrusted staff change a published offer's title, then residents keep the old one, the change waits and the admins are told", async () => {
    const id = await publishedOfU();
    const result = await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { texts: { de: { title: "Fußball am Abend", summary: "Training" } } }));

    expect(result).toEqual({ notified: 0, awaitingApproval: true, translations: { outdated: [], removed: [] } });
    expect(await residentTitle(id)).toBe("Fußball");
    expect((await services.offers.search({ query: "Abend", locale: "de" })).length).toBe(0);
    const [revision] = await revisionsOf(id);
    expect(revision).toMatchObject({ status: "PENDING", authorUserId: cast.users.untrusted.id });
    expect(await notes.kinds()).toEqual(["offer-revision-pending:Fußball"]);
    expect(await db.prisma.auditEntry.findFirst({ where: { action: "offer.revision.submitted" } })).toMatchObject({ actorUserId: cast.users.untrusted.id, targetId: String(id) });
    expect((await services.offerManagement.pendingRevisions(cast.users.admin.id)).map((r) => [r.id, r.offerId, r.organization.name])).toEqual([[revision!.id, id, "Neuer Partner U"]]);
  });

  it("when they change it again before an admin decides, then the newer change replaces the waiting one and the admin sees only what differs", async () => {
    const id = await publishedOfU();
    await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { costText: "2 €" }));
    await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { costText: "3 €", districtId: districts.hafen, texts: { de: { title: "Fußball", summary: "Training für alle" } } }));

    const [first, second] = await revisionsOf(id);
    expect([first!.status, second!.status]).toEqual(["REPLACED", "PENDING"]);
    expect((await services.offerManagement.pendingRevisions(cast.users.admin.id)).map((r) => r.id)).toEqual([second!.id]);
    await expect(services.offerManagement.approveRevision(cast.users.admin.id, first!.id)).rejects.toMatchObject({ code: "revision-not-pending" });

    const view = await services.offerManagement.revision(cast.users.admin.id, second!.id, "en");
    expect(view).toMatchObject({ offerId: id, title: "Fußball", organizationName: "Neuer Partner U" });
    expect(view.changes).toEqual([
      { field: "summary", locale: "de", before: "Training", after: "Training für alle" },
      { field: "district", before: "Coerde", after: "Harbour" },
      { field: "cost", before: null, after: "3 €" },
    ]);
  });

  it("when the admin approves a change of time and place, then residents see it, the people signed up are told and so is the author", async () => {
    const id = await publishedOfU();
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    await services.signups.signUp({ occurrenceId, userId: cast.users.resident.id, seats: 1, listName: "Olena", ageBand: "ADULT" });
    await services.offerManagement.edit(
      cast.users.untrusted.id,
      id,
      draft(cast.orgs.U, { startsAt: new Date("2026-12-05T15:00:00Z"), endsAt: new Date("2026-12-05T17:00:00Z"), address: "Halle Nord", texts: { de: { title: "Fußball in der Halle", summary: "Training" } } }),
    );
    expect((await notes.notices()).filter((n) => n.kind === "offer-changed")).toHaveLength(0);
    const [revision] = await revisionsOf(id);

    await expect(services.offerManagement.approveRevision(cast.users.admin.id, revision!.id)).resolves.toEqual({ notified: 1, translations: { outdated: [], removed: [] } });

    const details = await services.offers.getDetails({ occurrenceId, locale: "de" });
    expect([details.title, details.address, details.startsAt.toISOString()]).toEqual(["Fußball in der Halle", "Halle Nord", "2026-12-05T15:00:00.000Z"]);
    expect((await notes.notices()).find((n) => n.kind === "offer-changed")).toMatchObject({ to: { telegramId: cast.users.resident.telegramId }, before: { startsAt: new Date("2026-12-05T14:00:00Z") } });
    expect(await notes.kinds()).toContain("offer-revision-approved:Fußball in der Halle");
    expect((await notes.notices()).find((n) => n.kind === "offer-revision-approved")?.to.telegramId).toBe(cast.users.untrusted.telegramId);
    expect((await revisionsOf(id))[0]).toMatchObject({ status: "APPROVED", decidedAt: new Date(NOW) });
    expect(await db.prisma.auditEntry.findFirst({ where: { action: "offer.revision.approved" } })).toMatchObject({ actorUserId: cast.users.admin.id, targetId: String(id), details: { revisionId: revision!.id } });
    await expect(services.offerManagement.approveRevision(cast.users.admin.id, revision!.id)).rejects.toMatchObject({ code: "revision-not-pending" });
  });

  it("when the admin rejects a change with a reason, then the published version stays and the author gets the reason", async () => {
    const id = await publishedOfU();
    await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { texts: { de: { title: "Gratis Pizza", summary: "Training" } } }));
    const [revision] = await revisionsOf(id);

    await expect(services.offerManagement.rejectRevision(cast.users.admin.id, revision!.id, "  ")).rejects.toMatchObject({ code: "invalid-input" });
    await services.offerManagement.rejectRevision(cast.users.admin.id, revision!.id, "Bitte beim Thema bleiben");

    expect(await residentTitle(id)).toBe("Fußball");
    expect((await revisionsOf(id))[0]).toMatchObject({ status: "REJECTED", reason: "Bitte beim Thema bleiben" });
    expect((await notes.notices()).at(-1)).toMatchObject({ kind: "offer-revision-rejected", reason: "Bitte beim Thema bleiben", to: { telegramId: cast.users.untrusted.telegramId } });
    expect(await db.prisma.auditEntry.count({ where: { action: "offer.revision.rejected", actorUserId: cast.users.admin.id } })).toBe(1);
    expect(await services.offerManagement.pendingRevisions(cast.users.admin.id)).toEqual([]);
  });

  it("when trusted staff or an admin change a published offer, or untrusted staff change one not yet published, then it is saved at once", async () => {
    const ofA = (await services.offerManagement.create(cast.users.staffA.id, draft(cast.orgs.A), true)).id;
    await expect(services.offerManagement.edit(cast.users.staffA.id, ofA, draft(cast.orgs.A, { texts: { de: { title: "Neu bei A", summary: "x" } } }))).resolves.toEqual({ notified: 0, awaitingApproval: false, translations: { outdated: [], removed: [] } });
    expect(await residentTitle(ofA)).toBe("Neu bei A");

    const ofU = await publishedOfU();
    await services.offerManagement.edit(cast.users.admin.id, ofU, draft(cast.orgs.U, { texts: { de: { title: "Vom Admin", summary: "x" } } }));
    expect(await residentTitle(ofU)).toBe("Vom Admin");

    const waiting = (await services.offerManagement.create(cast.users.untrusted.id, draft(cast.orgs.U), true)).id;
    await services.offerManagement.edit(cast.users.untrusted.id, waiting, draft(cast.orgs.U, { texts: { de: { title: "Noch in Prüfung", summary: "x" } } }));
    expect((await db.prisma.offerTranslation.findFirstOrThrow({ where: { offerId: waiting } })).title).toBe("Noch in Prüfung");
    expect(await db.prisma.offerRevision.count()).toBe(0);
  });

  it("when untrusted staff move the time while a change waits, then the move builds on that change instead of dropping it", async () => {
    const id = await publishedOfU();
    await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { texts: { de: { title: "Fußball am Abend", summary: "Training" } } }));
    await expect(services.offerManagement.reschedule(cast.users.untrusted.id, id, new Date("2026-12-06T14:00:00Z"))).resolves.toEqual({ notified: 0, awaitingApproval: true, translations: { outdated: [], removed: [] } });

    expect(await residentTitle(id)).toBe("Fußball");
    const pending = await db.prisma.offerRevision.findFirstOrThrow({ where: { offerId: id, status: "PENDING" } });
    const view = await services.offerManagement.revision(cast.users.admin.id, pending.id, "de");
    expect(view.changes.map((c) => c.field)).toEqual(["title", "starts", "ends"]);
  });

  it("when the offer is cancelled while a change waits, then the change leaves the queue and can no longer be approved", async () => {
    const id = await publishedOfU();
    await services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { costText: "5 €" }));
    const [revision] = await revisionsOf(id);
    await services.offerManagement.cancel(cast.users.untrusted.id, id);

    expect(await services.offerManagement.pendingRevisions(cast.users.admin.id)).toEqual([]);
    await expect(services.offerManagement.approveRevision(cast.users.admin.id, revision!.id)).rejects.toMatchObject({ code: "revision-not-pending" });
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id } })).costText).toBeNull();
  });

  it("when two changes arrive at the same moment, then exactly one waits", async () => {
    const id = await publishedOfU();
    await Promise.all(
      ["1 €", "2 €", "3 €"].map((costText) => services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { costText }))),
    );
    const statuses = (await revisionsOf(id)).map((r) => r.status).sort();
    expect(statuses).toEqual(["PENDING", "REPLACED", "REPLACED"]);
  });

  it("when a change is invalid, then nothing is stored", async () => {
    const id = await publishedOfU();
    await expect(
      services.offerManagement.edit(cast.users.untrusted.id, id, draft(cast.orgs.U, { endsAt: new Date("2026-12-05T13:00:00Z") })),
    ).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.prisma.offerRevision.count()).toBe(0);
  });
});
