import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { attendanceButton, staffCancelConfirmButton, staffDateButton, staffExportButton, staffOfferButton } from "../../src/bot/keyboards/staff-offers.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { callbackUpdate, commandUpdate, type TestUser } from "../support/updates.ts";

const staff: TestUser = { id: 901, first_name: "Herr Kaya", language_code: "de" };
const otherStaff: TestUser = { id: 902, first_name: "Frau Lenz", language_code: "de" };
const resident: TestUser = { id: 903, first_name: "Olena", language_code: "uk" };

describe("bot: staff manage their organization's offers", () => {
  const { db, t, notes } = useTestBot();
  let offerId: number;
  let occurrenceId: number;
  let signupId: number;

  beforeEach(async () => {
    const club = await t.services.catalog.saveOrganization({ name: "SV Grün-Weiß" });
    const other = await t.services.catalog.saveOrganization({ name: "Kirchengemeinde" });
    for (const [user, org] of [
      [staff, club.id],
      [otherStaff, other.id],
    ] as const) {
      const profile = await t.services.users.identify({ telegramId: BigInt(user.id), firstName: user.first_name, languageCode: "de" });
      await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: org } });
    }
    offerId = (
      await t.services.offers.saveOffer(
        offerInput({ organizationId: club.id, startsAt: "2026-12-05T14:00:00Z", signupRequired: true, capacity: 10, texts: { de: { title: "Fußball", summary: "s" }, uk: { title: "Футбол", summary: "s" } } }),
      )
    ).id;
    occurrenceId = await t.services.offers.nextOccurrenceId(offerId);
    const olena = await t.services.users.identify({ telegramId: BigInt(resident.id), firstName: "Olena", languageCode: "uk" });
    signupId = (await t.services.signups.signUp({ occurrenceId, userId: olena.id, seats: 2, listName: "Олена", ageBand: "ADULT" })).signupId;
  });

  const last = () => t.api.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText").at(-1)!;
  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));

  it("when staff open /myoffers, a date and export, then they see who signed up and get a CSV that parses back", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "myoffers"));
    expect(stripBidi(last().payload.text)).toContain(de("staff-offers-title"));
    await t.bot.handleUpdate(callbackUpdate(staff, staffOfferButton.pack(offerId)));
    await t.bot.handleUpdate(callbackUpdate(staff, staffDateButton.pack(occurrenceId)));
    expect(stripBidi(last().payload.text)).toContain("Олена · 2");

    await t.bot.handleUpdate(callbackUpdate(staff, staffExportButton.pack(occurrenceId)));
    const [document] = t.api.callsTo("sendDocument");
    const content = document!.payload.document.content as string;
    expect(content.startsWith("\uFEFF")).toBe(true);
    expect(parse(content.slice(1), { columns: true })).toEqual([
      { Name: "Олена", Plätze: "2", Kinder: "0", Status: "CONFIRMED", Altersgruppe: "ADULT", Anwesenheit: "" },
    ]);
  });

  it("when staff mark attendance after the start, then it is saved; cancelling tells the participant", async () => {
    t.clock.set("2026-12-05T15:00:00Z");
    await t.bot.handleUpdate(callbackUpdate(staff, attendanceButton.pack({ signupId, present: true })));
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: signupId } })).attendance).toBe("PRESENT");

    t.clock.set("2026-12-01T10:00:00Z");
    await t.bot.handleUpdate(callbackUpdate(staff, staffCancelConfirmButton.pack(offerId)));
    expect(stripBidi(last().payload.text)).toBe(de("staff-offer-cancelled", { count: 1 }));
    expect(await notes.kinds()).toEqual(["offer-cancelled:Футбол"]);
  });

  it("when a resident or staff of another organization try, then they are refused, nothing changes, and it is logged", async () => {
    await t.bot.handleUpdate(commandUpdate(resident, "myoffers"));
    expect(t.api.textsTo(resident.id)).toEqual([stripBidi(t.i18n.t("uk", "error-forbidden"))]);
    await t.bot.handleUpdate(callbackUpdate(resident, staffCancelConfirmButton.pack(offerId)));
    await t.bot.handleUpdate(callbackUpdate(otherStaff, staffCancelConfirmButton.pack(offerId)));
    await t.bot.handleUpdate(callbackUpdate(otherStaff, staffExportButton.pack(occurrenceId)));

    expect(t.api.callsTo("sendDocument")).toHaveLength(0);
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("PUBLISHED");
    expect(await db.prisma.auditEntry.count({ where: { action: "access.denied" } })).toBe(4);
  });
});
