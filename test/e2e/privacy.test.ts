// End to end over HTTP: /privacy, "Download my data" and "Delete my data". After erasure no
// row of any table holds the person's Telegram id or name; only the audit log keeps the
// internal (now pseudonymous) user id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { App } from "../../src/app.ts";
import { deleteNowButton, minuteOf } from "../../src/bot/keyboards/privacy.ts";
import { fixedClock } from "../../src/domain/clock.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { stripBidi, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { offerInput } from "../support/offers.ts";
import { buttons, lastScreen } from "../support/screens.ts";
import { callbackUpdate, commandUpdate, signupTaps, type TestUser } from "../support/updates.ts";

const NOW = "2026-12-01T10:00:00Z";
// An id and a name that appear nowhere else, so a text search over every row is meaningful.
const zoryana: TestUser = { id: 7_431_998_265, first_name: "Zoryanka", language_code: "uk" };
const kemal: TestUser = { id: 9_302, first_name: "Kemal", language_code: "tr" };
const child: TestUser = { id: 9_303, first_name: "Elif", language_code: "tr" };

const withoutId = <T extends { update_id: number }>({ update_id: _, ...rest }: T) => rest;

describe("journey: my data", () => {
  let rig: TestRig;
  let telegram: FakeTelegramServer;
  let app: App;
  let cooking: number;

  const send = async (update: Parameters<typeof withoutId>[0]) => expect((await telegram.deliver(withoutId(update))).status).toBe(200);
  const press = (user: TestUser, data: string) => send(callbackUpdate(user, data));
  const pressLabel = async (user: TestUser, label: string) => {
    const button = buttons(lastScreen(telegram.api, user.id)).find((b) => b.text === label);
    expect(button, `button “${label}”`).toBeDefined();
    await press(user, button!.callback_data!);
  };
  const t = (locale: string, key: string, args?: Record<string, string | number>) => stripBidi(app.i18n.t(locale, key, args));

  async function signUp(user: TestUser, occurrenceId: number, seats: number, age?: string) {
    for (const data of signupTaps(occurrenceId, seats, age)) await press(user, data);
  }

  /** Every row of every table as text, with the table it came from. */
  async function everyRow(): Promise<{ table: string; row: string }[]> {
    const tables = await app.db.prisma.$queryRaw<{ name: string }[]>`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`;
    const rows: { table: string; row: string }[] = [];
    for (const { name } of tables) {
      const found = await app.db.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${name}" t`);
      rows.push(...found.map(({ row }) => ({ table: name, row })));
    }
    return rows;
  }

  beforeAll(async () => {
    rig = await startTestRig({ app: { clock: fixedClock(NOW) }, env: { PRIVACY_CONTACT: "datenschutz@lindenbrueck.example", RETENTION_DAYS: "21" } });
    ({ app, telegram } = rig);
    const org = await app.services.catalog.saveOrganization({ name: "Familienzentrum" });
    const offer = await app.services.offers.saveOffer(
      offerInput({ organizationId: org.id, startsAt: "2026-12-05T14:00:00Z", signupRequired: true, capacity: 3, texts: { de: { title: "Kochabend", summary: "s" } } }),
    );
    cooking = await app.services.offers.nextOccurrenceId(offer.id);
  });
  afterAll(() => rig?.close());

  it("when /privacy is sent, then the notice names the retention, the contact and offers download and delete", async () => {
    await send(commandUpdate(zoryana, "privacy"));

    const screen = lastScreen(telegram.api, zoryana.id);
    const text = stripBidi(String(screen.payload.text));
    expect(text).toContain("datenschutz@lindenbrueck.example");
    // No translation service is set: the notice says that nothing is sent to one.
    expect(text).toBe(`${t("uk", "privacy-notice", { days: 21, blockedDays: 90, contact: "datenschutz@lindenbrueck.example" })}\n\n${t("uk", "mt-ann-privacy-no-translation")}\n\n${t("uk", "ask-privacy", { days: 90 })}`);
    expect(buttons(screen).map((b) => b.text)).toEqual([t("uk", "privacy-export-button"), t("uk", "privacy-delete-button")]);
  });

  it("when she downloads her data, then the JSON file holds her profile, settings and sign-ups", async () => {
    await signUp(zoryana, cooking, 3);
    await signUp(kemal, cooking, 2); // full: Kemal waits
    await app.services.subscriptions.setEnabled((await app.services.users.findByTelegramId(BigInt(zoryana.id)))!.id, true);
    await send(commandUpdate(zoryana, "privacy"));

    await pressLabel(zoryana, t("uk", "privacy-export-button"));

    const document = telegram.api.callsTo("sendDocument").filter((c) => Number(c.payload.chat_id) === zoryana.id).at(-1);
    expect(document!.payload.document.filename).toBe("treffpunkt-my-data-2026-12-01.json");
    expect(document!.payload.caption).toBe(app.i18n.t("uk", "privacy-export-caption"));
    const data = JSON.parse(document!.payload.document.content);
    expect(data.profile).toMatchObject({ telegramId: String(zoryana.id), firstName: "Zoryanka", telegramAppLanguage: "uk" });
    expect(data.subscriptions).toMatchObject({ announcementsOn: true });
    expect(data.signups).toMatchObject([{ offer: "Kochabend", status: "CONFIRMED", seats: 3, nameOnList: "Zoryanka", date: "2026-12-05T14:00:00.000Z" }]);
  });

  it("when she deletes her data (asked twice), then her seats go to the waiting list and nothing about her is left but the audit id", async () => {
    const user = (await app.services.users.findByTelegramId(BigInt(zoryana.id)))!;
    // She also helps out as staff (an audit entry) and agreed as guardian for a child's sign-up.
    await app.services.audit.record({ actorUserId: user.id, action: "offer.created", targetType: "offer", targetId: 1 });
    await signUp(child, cooking, 1, "UNDER_16");
    await app.db.prisma.signup.updateMany({ where: { listName: "Elif" }, data: { guardianUserId: user.id, guardianConfirmedAt: new Date(NOW) } });
    expect((await everyRow()).filter(({ row }) => row.includes(String(zoryana.id))).length).toBeGreaterThan(0);

    await send(commandUpdate(zoryana, "privacy"));
    await pressLabel(zoryana, t("uk", "privacy-delete-button"));
    expect(stripBidi(String(lastScreen(telegram.api, zoryana.id).payload.text))).toContain(t("uk", "privacy-delete-signups", { count: 1 }));
    await pressLabel(zoryana, t("uk", "privacy-delete-yes"));
    expect(stripBidi(String(lastScreen(telegram.api, zoryana.id).payload.text))).toBe(t("uk", "privacy-delete-last"));
    expect(await app.db.prisma.user.count({ where: { telegramId: BigInt(zoryana.id) } })).toBe(1);
    await pressLabel(zoryana, t("uk", "privacy-delete-now"));

    expect(stripBidi(String(lastScreen(telegram.api, zoryana.id).payload.text))).toBe(t("uk", "privacy-delete-done", { count: 1 }));
    // Kemal was waiting; her 3 seats are free, so he is in and told.
    expect(await app.db.prisma.signup.findFirst({ where: { listName: "Kemal" }, select: { status: true } })).toEqual({ status: "CONFIRMED" });
    await expect.poll(() => telegram.api.textsTo(kemal.id).at(-1)).toContain(t("tr", "notice-promoted"));

    const rows = await everyRow();
    const leaks = rows.filter(({ row }) => row.includes(String(zoryana.id)) || row.includes("Zoryanka"));
    expect(leaks).toEqual([]);
    const audit = await app.db.prisma.auditEntry.findMany({ where: { actorUserId: user.id }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["offer.created", "user.erased"]);
    expect(await app.db.prisma.signup.findFirst({ where: { listName: "Elif" }, select: { guardianUserId: true } })).toEqual({ guardianUserId: null });
  });

  it("when an old “Delete now” button is pressed, then nothing is deleted and the question must be asked again", async () => {
    await send(commandUpdate(kemal, "start"));
    const oneHourAgo = minuteOf(new Date()) - 60;

    await press(kemal, deleteNowButton.pack(oneHourAgo));

    expect(stripBidi(String(lastScreen(telegram.api, kemal.id).payload.text))).toBe(t("tr", "privacy-delete-expired"));
    expect(await app.db.prisma.user.count({ where: { telegramId: BigInt(kemal.id) } })).toBe(1);
    expect(await app.db.prisma.signup.count({ where: { listName: "Kemal", status: "CONFIRMED" } })).toBe(1);
  });

  it("when “No, keep my data” is pressed, then nothing is deleted", async () => {
    await send(commandUpdate(kemal, "privacy"));
    await pressLabel(kemal, t("tr", "privacy-delete-button"));
    await pressLabel(kemal, t("tr", "privacy-delete-keep"));

    expect(stripBidi(String(lastScreen(telegram.api, kemal.id).payload.text))).toBe(t("tr", "privacy-delete-kept"));
    expect(await app.db.prisma.user.count({ where: { telegramId: BigInt(kemal.id) } })).toBe(1);
  });
});
