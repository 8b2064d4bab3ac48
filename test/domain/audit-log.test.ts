// The audit log as admins read it: who (role and organization when they acted), on what (the
// title in the reader's language, the organization's name), and a filter by organization.
import { beforeEach, describe, expect, it } from "vitest";
import { botServices } from "../../src/domain/index.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { offerInput } from "../support/offers.ts";
import { useServices } from "../support/services.ts";

describe("the audit log", () => {
  const { db, services } = useServices({ adminIds: [ADMIN_TELEGRAM_ID] });
  let cast: Cast;
  let offerOfA: number;

  beforeEach(async () => {
    cast = await seedCast(db);
    const input = offerInput({ organizationId: cast.orgs.A, startsAt: "2026-12-10T15:00:00Z", texts: { de: { title: "Sprachcafé", summary: "Kurz" }, ar: { title: "مقهى اللغة", summary: "قصير" } } });
    offerOfA = (await services.offerManagement.create(cast.users.staffA.id, input, true)).id;
  });

  it("when staff act and are revoked later, then their entries still read as staff of their organization, with the offer's title in the reader's language", async () => {
    await services.offerManagement.cancel(cast.users.staffA.id, offerOfA);
    await services.staff.revoke(cast.users.admin.id, cast.users.staffA.id);

    const german = await services.audit.page({ actorUserId: cast.users.admin.id, page: 0, locale: "de" });
    const cancelled = german.entries.find((e) => e.action === "offer.cancelled")!;
    expect(cancelled).toMatchObject({ actorUserId: cast.users.staffA.id, actorRole: "STAFF", actorOrganizationId: cast.orgs.A, organizationId: cast.orgs.A, subject: "Sprachcafé" });
    expect(german.organizations[cast.orgs.A]).toBe("Stadt Münster · Partner A");

    const arabic = await services.audit.page({ actorUserId: cast.users.admin.id, page: 0, locale: "ar" });
    expect(arabic.entries.find((e) => e.action === "offer.cancelled")!.subject).toBe("مقهى اللغة");
    // Revoking is about A's staff: in A's part of the log, said by an admin.
    expect(arabic.entries[0]).toMatchObject({ action: "staff.revoked", actorRole: "ADMIN", organizationId: cast.orgs.A, subject: null });
  });

  it("when the log is filtered by organization, then only entries about it show, refusals of its staff included", async () => {
    const bot = botServices(services);
    await bot.staff.editOrganization(cast.users.admin.id, cast.orgs.B, { trusted: false });
    await expect(bot.offerManagement.cancel(cast.users.staffB.id, offerOfA)).rejects.toMatchObject({ code: "forbidden" });
    await bot.staff.invite(cast.users.admin.id, cast.orgs.A);

    const ofA = await services.audit.page({ actorUserId: cast.users.admin.id, page: 0, organizationId: cast.orgs.A });
    expect(ofA.entries.map((e) => e.action)).toEqual(["staff.invited", "offer.published"]);
    const ofB = await services.audit.page({ actorUserId: cast.users.admin.id, page: 0, organizationId: cast.orgs.B });
    expect(ofB.entries.map((e) => [e.action, e.targetType, e.targetId, e.actorRole])).toEqual([
      ["access.denied", "offerManagement.cancel", String(offerOfA), "STAFF"],
      ["organization.edited", "organization", String(cast.orgs.B), "ADMIN"],
    ]);
    expect(ofB.entries[1]!.subject).toBe("Sportverein B");
    expect((await services.audit.page({ actorUserId: cast.users.admin.id, page: 0, organizationId: cast.orgs.U })).entries).toEqual([]);
  });
});
