import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../src/domain/errors.ts";
import type { NewOffer } from "../../src/domain/offers.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const ADMIN_TELEGRAM_ID = 1n;

describe("offer management by staff", () => {
  const { db, services, clock, notes } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  let ids: { admin: number; club: number; police: number; clubStaff: number; policeStaff: number; resident: number; revoked: number };

  beforeEach(async () => {
    const club = await services.catalog.saveOrganization({ name: "SV Grün-Weiß" });
    const police = await services.catalog.saveOrganization({ name: "Polizei Bezirksdienst" });
    await db.prisma.organization.update({ where: { id: police.id }, data: { trusted: true } });
    const user = async (telegramId: bigint, languageCode: string, staffOf?: number) => {
      const profile = await services.users.identify({ telegramId, languageCode, firstName: `U${telegramId}` });
      if (staffOf) await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: staffOf } });
      return profile.id;
    };
    ids = {
      admin: await user(ADMIN_TELEGRAM_ID, "de"),
      club: club.id,
      police: police.id,
      clubStaff: await user(2n, "de", club.id),
      policeStaff: await user(3n, "de", police.id),
      resident: await user(4n, "uk"),
      revoked: await user(5n, "de", club.id),
    };
    await db.prisma.user.update({ where: { id: ids.revoked }, data: { role: "RESIDENT", organizationId: null } });
  });

  const draft = (organizationId: number, extra: Partial<NewOffer> = {}): Omit<NewOffer, "status" | "createdByUserId" | "externalRef"> => ({
    organizationId,
    categoryId: "sport",
    sourceLocale: "de",
    startsAt: new Date("2026-12-05T14:00:00Z"),
    endsAt: new Date("2026-12-05T16:00:00Z"),
    recurrence: "WEEKLY",
    recurrenceUntil: new Date("2026-12-31T00:00:00Z"),
    address: "Sportplatz Südpark",
    signupRequired: true,
    capacity: 20,
    texts: { de: { title: "Fußball", summary: "Training" }, uk: { title: "Футбол", summary: "Тренування" } },
    ...extra,
  });

  it("when staff of an untrusted club publish, then the offer waits for approval and admins are told; approval publishes it and tells the author", async () => {
    const { id, status } = await services.offerManagement.create(ids.clubStaff, draft(ids.club), true);
    expect(status).toBe("PENDING_APPROVAL");
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).total).toBe(0);
    expect(await notes.kinds()).toEqual(["offer-pending:Fußball"]);
    expect((await services.offerManagement.pending(ids.admin)).map((o) => o.id)).toEqual([id]);

    await services.offerManagement.approve(ids.admin, id);
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).total).toBe(4);
    expect(await notes.kinds()).toEqual(["offer-pending:Fußball", "offer-approved:Fußball"]);
    await expect(services.offerManagement.approve(ids.admin, id)).rejects.toMatchObject({ code: "offer-not-pending" });
  });

  it("when an admin rejects with a reason, then the offer goes back to draft and the author gets the reason", async () => {
    const { id } = await services.offerManagement.create(ids.clubStaff, draft(ids.club), true);
    await expect(services.offerManagement.reject(ids.admin, id, "   ")).rejects.toMatchObject({ code: "invalid-input" });
    await services.offerManagement.reject(ids.admin, id, "Bitte Adresse ergänzen");
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", rejectionReason: "Bitte Adresse ergänzen" });
    expect((await notes.notices()).at(-1)).toMatchObject({ kind: "offer-rejected", reason: "Bitte Adresse ergänzen" });
  });

  it("when trusted police staff publish, then it is published at once", async () => {
    expect((await services.offerManagement.create(ids.policeStaff, draft(ids.police), true)).status).toBe("PUBLISHED");
    expect((await services.offerManagement.create(ids.policeStaff, draft(ids.police), false)).status).toBe("DRAFT");
  });

  it("when staff move a recurring offer by one hour, then both people signed up are told in their language, and their sign-ups stay", async () => {
    const { id } = await services.offerManagement.create(ids.policeStaff, draft(ids.police), true);
    const [first] = await db.prisma.offerOccurrence.findMany({ where: { offerId: id }, orderBy: { seq: "asc" } });
    const german = await services.signups.signUp({ occurrenceId: first!.id, userId: ids.clubStaff, seats: 1, listName: "Jonas", ageBand: "ADULT" });
    const ukrainian = await services.signups.signUp({ occurrenceId: first!.id, userId: ids.resident, seats: 2, listName: "Olena", ageBand: "ADULT" });

    const moved = await services.offerManagement.edit(
      ids.policeStaff,
      id,
      draft(ids.police, { startsAt: new Date("2026-12-05T15:00:00Z"), endsAt: new Date("2026-12-05T17:00:00Z") }),
    );

    expect(moved.notified).toBe(2);
    const changed = (await notes.notices()).filter((n) => n.kind === "offer-changed");
    expect(changed.map((n) => ("offer" in n ? [n.offer.title, n.offer.startsAt.toISOString()] : []))).toEqual(
      expect.arrayContaining([
        ["Fußball", "2026-12-05T15:00:00.000Z"],
        ["Футбол", "2026-12-05T15:00:00.000Z"],
      ]),
    );
    expect(changed.every((n) => n.kind === "offer-changed" && n.before.startsAt.toISOString() === "2026-12-05T14:00:00.000Z")).toBe(true);
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: german.signupId } })).occurrenceId).toBe(first!.id);
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: ukrainian.signupId } })).status).toBe("CONFIRMED");

    // A change of the text only tells nobody.
    expect((await services.offerManagement.edit(ids.policeStaff, id, draft(ids.police, { startsAt: new Date("2026-12-05T15:00:00Z"), endsAt: new Date("2026-12-05T17:00:00Z"), costText: "2 €" }))).notified).toBe(0);
  });

  it("when staff cancel an offer, then the people signed up are told and it leaves the lists", async () => {
    const { id } = await services.offerManagement.create(ids.policeStaff, draft(ids.police), true);
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    await services.signups.signUp({ occurrenceId, userId: ids.resident, seats: 1, listName: "Olena", ageBand: "ADULT" });
    expect((await services.offerManagement.cancel(ids.policeStaff, id)).notified).toBe(1);
    expect(await notes.kinds()).toContain("offer-cancelled:Футбол");
    expect((await services.offers.listUpcoming({ filter: {}, page: 0, locale: "de" })).total).toBe(0);
  });

  it("when the participant list is exported, then the CSV has a BOM, parses back with the right rows, and formulas are defused", async () => {
    const { id } = await services.offerManagement.create(ids.policeStaff, draft(ids.police, { capacity: 2 }), true);
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    await services.signups.signUp({ occurrenceId, userId: ids.resident, seats: 2, listName: "Олена Коваль", ageBand: "ADULT" });
    await services.signups.signUp({ occurrenceId, userId: ids.clubStaff, seats: 1, listName: "=HYPERLINK(\"x\")", ageBand: "ADULT" });
    const header = { listName: "Name", seats: "Plätze", childSeats: "Kinder", status: "Status", ageBand: "Alter", attendance: "Anwesend" };

    const csv = await services.offerManagement.exportCsv(ids.policeStaff, occurrenceId, header);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { Name: "Олена Коваль", Plätze: "2", Kinder: "0", Status: "CONFIRMED", Alter: "ADULT", Anwesend: "" },
      { Name: "'=HYPERLINK(\"x\")", Plätze: "1", Kinder: "0", Status: "WAITLISTED", Alter: "ADULT", Anwesend: "" },
    ]);
    expect((await services.audit.page({ actorUserId: ids.admin, page: 0 })).entries[0]).toMatchObject({ action: "participants.exported", targetId: String(occurrenceId) });
  });

  it("when attendance is marked, then only after the start", async () => {
    const { id } = await services.offerManagement.create(ids.policeStaff, draft(ids.police), true);
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    const { signupId } = await services.signups.signUp({ occurrenceId, userId: ids.resident, seats: 1, listName: "Olena", ageBand: "ADULT" });
    await expect(services.offerManagement.markAttendance(ids.policeStaff, signupId, "PRESENT")).rejects.toMatchObject({ code: "invalid-input" });
    clock.set("2026-12-05T15:00:00Z");
    await services.offerManagement.markAttendance(ids.policeStaff, signupId, "PRESENT");
    expect((await services.offerManagement.participants(ids.policeStaff, occurrenceId))[0]!.attendance).toBe("PRESENT");
  });

  it("when a resident, staff of another organization or revoked staff try any staff action, then each is refused and nothing changes", async () => {
    const { id } = await services.offerManagement.create(ids.policeStaff, draft(ids.police), true);
    const occurrenceId = await services.offers.nextOccurrenceId(id);
    const { signupId } = await services.signups.signUp({ occurrenceId, userId: ids.admin, seats: 1, listName: "A", ageBand: "ADULT" });
    const pending = (await services.offerManagement.create(ids.clubStaff, draft(ids.club), true)).id;
    const header = { listName: "n", seats: "s", childSeats: "c", status: "st", ageBand: "a", attendance: "at" };

    for (const outsider of [ids.resident, ids.clubStaff, ids.revoked]) {
      const attempts = [
        () => services.offerManagement.create(outsider, draft(ids.police), true),
        () => services.offerManagement.edit(outsider, id, draft(ids.police, { startsAt: new Date("2026-12-06T10:00:00Z"), endsAt: null as never })),
        () => services.offerManagement.cancel(outsider, id),
        () => services.offerManagement.participants(outsider, occurrenceId),
        () => services.offerManagement.exportCsv(outsider, occurrenceId, header),
        () => services.offerManagement.markAttendance(outsider, signupId, "ABSENT"),
        () => services.offerManagement.approve(outsider, pending),
        () => services.offerManagement.reject(outsider, pending, "no"),
        () => services.offerManagement.pending(outsider),
      ];
      // Called one at a time, so no refusal is left unawaited.
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", startsAt: new Date("2026-12-05T14:00:00Z") });
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id: pending } })).toMatchObject({ status: "PENDING_APPROVAL" });
    expect(await db.prisma.offer.count()).toBe(2);
  });
});
