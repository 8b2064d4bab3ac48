import { beforeEach, describe, expect, it } from "vitest";
import { staffEditButton, staffRescheduleButton } from "../../src/bot/keyboards/staff-offers.ts";
import { useTestBot } from "../support/bot.ts";
import { stripBidi, type ApiCall } from "../support/fake-telegram.ts";
import type { Button } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, stickerUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const staff: TestUser = { id: 951, first_name: "Frau Yilmaz", language_code: "de" };
const resident: TestUser = { id: 952, first_name: "Ali", language_code: "de" };


describe("bot: staff create an offer in the chat", () => {
  const { db, t, notes } = useTestBot({ adminIds: [1n] });
  let clubId: number;

  beforeEach(async () => {
    clubId = (await t.services.catalog.saveOrganization({ name: "SV Grün-Weiß" })).id;
    await t.services.catalog.saveDistrict({ slug: "coerde", sortOrder: 1, names: { de: "Coerde" } });
    const profile = await t.services.users.identify({ telegramId: BigInt(staff.id), firstName: staff.first_name, languageCode: "de" });
    await db.prisma.user.update({ where: { id: profile.id }, data: { role: "STAFF", organizationId: clubId } });
    await t.services.users.identify({ telegramId: 1n, languageCode: "de" }); // an admin to tell
  });

  const de = (key: string, args?: Record<string, string | number>) => stripBidi(t.i18n.t("de", key, args));
  const last = (): ApiCall => t.api.callsTo("sendMessage").filter((c) => Number(c.payload.chat_id) === staff.id).at(-1)!;
  const lastText = () => stripBidi(String(last().payload.text));
  const say = (text: string) => t.bot.handleUpdate(textUpdate(staff, text));
  const tap = async (label: string) => {
    const button = (last().payload.reply_markup?.inline_keyboard?.flat() as Button[]).find((b) => stripBidi(b.text) === label || stripBidi(b.text).endsWith(label));
    if (!button) throw new Error(`no button ${label}`);
    await t.bot.handleUpdate(callbackUpdate(staff, button.callback_data!));
  };

  it("when staff go through /newoffer with some wrong answers, then each gets a hint and the bilingual weekly offer waits for approval", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    for (const wrong of ["x".repeat(10_000), "🎉⚽🎉", "   "]) {
      await say(wrong);
      expect(lastText()).toBe(de("newoffer-title-hint", { max: 120 }));
    }
    await t.bot.handleUpdate(stickerUpdate(staff));
    expect(lastText()).toBe(de("newoffer-title-hint", { max: 120 }));
    await say("Fußball für Jugendliche <b>");
    await say("Training für 12- bis 17-Jährige.");
    await tap("Українська");
    expect(lastText()).toBe(de("newoffer-ask-title", { max: 120, language: "Ukrainisch (Українська)" }));
    await say("Футбол для молоді");
    await say("Тренування для 12–17 років.");
    await tap(de("broadcast-translations-done"));
    await tap("Sport");
    await tap("Coerde");
    await say("Sportplatz Südpark, Am Hafen 3");
    for (const wrong of ["32.13. 10:00", "01.11.2026 10:00", "morgen"]) {
      await say(wrong);
      expect(lastText()).toBe(de("newoffer-start-hint"));
    }
    await say("05.12. 15:00");
    await tap(de("newoffer-length", { hours: 2 }));
    await tap(de("newoffer-repeat-weekly"));
    await say("31.12.");
    await tap(de("newoffer-seats", { seats: 20 }));
    await tap("4");
    await tap(de("newoffer-deadline-day"));
    await tap("Українська");
    await tap(de("broadcast-translations-done"));
    await say("12-17");
    await tap(de("offer-cost-free"));
    expect(lastText()).toContain(de("newoffer-preview"));
    expect(lastText()).toContain(de("offer-recurs-weekly", { until: "31. Dezember 2026" }));
    expect(String(last().payload.text)).toContain("Fußball für Jugendliche &lt;b&gt;");
    await tap(de("newoffer-publish"));

    expect(lastText()).toBe(de("newoffer-saved-pending-approval"));
    const offer = await db.prisma.offer.findFirstOrThrow({ include: { translations: true, occurrences: true } });
    expect(offer).toMatchObject({
      status: "PENDING_APPROVAL",
      organizationId: clubId,
      capacity: 20,
      maxSeatsPerSignup: 4,
      signupClosesMinutesBefore: 1440,
      cancelDeadlineMinutes: 1440,
      languages: ["de", "uk"],
      ageMin: 12,
      ageMax: 17,
      recurrence: "WEEKLY",
      address: "Sportplatz Südpark, Am Hafen 3",
    });
    expect(offer.startsAt.toISOString()).toBe("2026-12-05T14:00:00.000Z");
    expect(offer.translations.map((tr) => tr.locale).sort()).toEqual(["de", "uk"]);
    expect(offer.occurrences).toHaveLength(4);
    expect(await notes.kinds()).toEqual(["offer-pending:Fußball für Jugendliche <b>"]);
  });

  it("when staff edit an offer and change its place, then the offer is replaced in place and the person signed up is told", async () => {
    // A trusted organization's edits publish at once (an untrusted one's wait: offer-revisions tests).
    await db.prisma.organization.update({ where: { id: clubId }, data: { trusted: true } });
    const staffId = (await t.services.users.findByTelegramId(BigInt(staff.id)))!.id;
    const { id } = await t.services.offerManagement.create(
      staffId,
      { organizationId: clubId, categoryId: "sport", sourceLocale: "de", startsAt: new Date("2026-12-05T14:00:00Z"), endsAt: new Date("2026-12-05T16:00:00Z"), address: "Halle A", signupRequired: true, capacity: 5, texts: { de: { title: "Yoga", summary: "s" } } },
      false,
    );
    await t.services.offers.setStatus(id, "PUBLISHED");
    const occurrenceId = await t.services.offers.nextOccurrenceId(id);
    const someone = await t.services.users.identify({ telegramId: 78n, languageCode: "de" });
    const { signupId } = await t.services.signups.signUp({ occurrenceId, userId: someone.id, seats: 1, listName: "Mia", ageBand: "ADULT" });

    await t.bot.handleUpdate(callbackUpdate(staff, staffEditButton.pack(id)));
    await say("Yoga am Abend");
    await say("Entspannt in den Feierabend.");
    await tap(de("broadcast-translations-done"));
    await tap("Sport");
    await tap("Coerde");
    await say("Halle B, Schulstraße 2");
    await say("05.12. 15:00");
    await tap(de("newoffer-length", { hours: 2 }));
    await tap(de("broadcast-repeat-none"));
    await tap(de("newoffer-seats", { seats: 10 }));
    await tap("2");
    await tap(de("newoffer-deadline-start"));
    await tap(de("broadcast-translations-done"));
    await tap(de("newoffer-ages-all"));
    await tap(de("offer-cost-free"));
    await tap(de("newoffer-save-changes"));

    expect(lastText()).toBe(de("newoffer-edited", { count: 1 }));
    expect(await db.prisma.offer.count()).toBe(1);
    expect(await db.prisma.offer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", address: "Halle B, Schulstraße 2", capacity: 10 });
    expect((await db.prisma.signup.findUniqueOrThrow({ where: { id: signupId } })).occurrenceId).toBe(occurrenceId);
    expect(await notes.kinds()).toEqual(["offer-changed:Yoga am Abend"]);
  });

  it("when staff send /cancel in the middle, then nothing is saved", async () => {
    await t.bot.handleUpdate(commandUpdate(staff, "newoffer"));
    await say("Schach");
    await say("Schach für alle.");
    await t.bot.handleUpdate(commandUpdate(staff, "cancel"));
    expect(lastText()).toBe(de("newoffer-cancelled"));
    expect(await db.prisma.offer.count()).toBe(0);
  });

  it("when a resident sends /newoffer, then it is refused and logged", async () => {
    await t.bot.handleUpdate(commandUpdate(resident, "newoffer"));
    expect(t.api.textsTo(resident.id)).toEqual([de("error-forbidden")]);
    expect(await db.prisma.auditEntry.count({ where: { action: "access.denied" } })).toBe(1);
  });

  it("when staff change the time of a published offer, then the people signed up are told", async () => {
    await db.prisma.organization.update({ where: { id: clubId }, data: { trusted: true } });
    const { id } = await t.services.offerManagement.create(
      (await t.services.users.findByTelegramId(BigInt(staff.id)))!.id,
      {
        organizationId: clubId,
        categoryId: "sport",
        sourceLocale: "de",
        startsAt: new Date("2026-12-05T14:00:00Z"),
        endsAt: new Date("2026-12-05T16:00:00Z"),
        signupRequired: true,
        capacity: 5,
        texts: { de: { title: "Yoga", summary: "s" } },
      },
      false,
    );
    await t.services.offers.setStatus(id, "PUBLISHED");
    const someone = await t.services.users.identify({ telegramId: 77n, languageCode: "ar" });
    await t.services.signups.signUp({ occurrenceId: await t.services.offers.nextOccurrenceId(id), userId: someone.id, seats: 1, listName: "Layla", ageBand: "ADULT" });

    await t.bot.handleUpdate(callbackUpdate(staff, staffRescheduleButton.pack(id)));
    await say("05.12. 16:00");
    expect(lastText()).toBe(de("newoffer-rescheduled", { count: 1 }));
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe("2026-12-05T15:00:00.000Z");
    expect(await notes.kinds()).toEqual(["offer-changed:Yoga"]);
  });

  it("when staff of an untrusted organization change the time of a published offer, then they are told it waits and nothing moves yet", async () => {
    const staffId = (await t.services.users.findByTelegramId(BigInt(staff.id)))!.id;
    const draft = { organizationId: clubId, categoryId: "sport", sourceLocale: "de" as const, startsAt: new Date("2026-12-05T14:00:00Z"), texts: { de: { title: "Yoga", summary: "s" } } };
    const { id } = await t.services.offerManagement.create(staffId, draft, false);
    await t.services.offers.setStatus(id, "PUBLISHED");

    await t.bot.handleUpdate(callbackUpdate(staff, staffRescheduleButton.pack(id)));
    await say("05.12. 16:00");
    expect(lastText()).toBe(de("revision-waits"));
    expect((await db.prisma.offer.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe("2026-12-05T14:00:00.000Z");
    expect(await notes.kinds()).toEqual(["offer-revision-pending:Yoga"]);
  });
});
