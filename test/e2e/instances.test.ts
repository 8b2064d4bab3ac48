// Two instances of the app in webhook mode on one PostgreSQL database, as behind a load
// balancer: a conversation continues on whichever instance gets the next update, and a
// scheduled job runs once per tick however many instances fire it, and BROADCAST_RATE is the
// rate of both together, within Telegram's limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.ts";
import { signupAnswer, startSignup } from "../../src/bot/keyboards/signups.ts";
import { WEBHOOK_PATH } from "../../src/server.ts";
import { startTestRig, type TestRig } from "../support/app.ts";
import { SCRIPTED_USERS } from "../support/bot.ts";
import { testConfig } from "../support/config.ts";
import { onPostgres } from "../support/database.ts";
import { freePort } from "../support/net.ts";
import { queueBroadcast } from "../support/broadcast.ts";
import { offerInput } from "../support/offers.ts";
import { callbackUpdate, textUpdate, type TestUser } from "../support/updates.ts";

const amira: TestUser = { id: 9_401, first_name: "Amira", language_code: "ar" };
const SECRET = "two-instances-secret";

describe.skipIf(!onPostgres)("two instances on one PostgreSQL database", () => {
  let rig: TestRig;
  let first: App;
  let second: App;

  beforeAll(async () => {
    rig = await startTestRig({ env: { BOT_WEBHOOK_SECRET: SECRET, BROADCAST_RATE: "30" } });
    first = rig.app;
    const port = await freePort();
    second = await createApp(
      testConfig({ ...rig.storage.env, BOT_MODE: "webhook", BOT_API_ROOT: rig.telegram.apiRoot, BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`, BOT_WEBHOOK_SECRET: SECRET, SERVER_PORT: String(port), BROADCAST_RATE: "30" }),
      { floodLimit: SCRIPTED_USERS },
    );
    await second.start();
  });
  afterAll(async () => {
    await second?.stop();
    await rig?.close();
  });

  /** POSTs an update to one instance's webhook, as a load balancer would. */
  const post = async (app: App, update: object) => {
    const response = await fetch(new URL(WEBHOOK_PATH, app.url), {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(response.status).toBe(200);
  };

  it("when the second instance showed an offer and the first cancels it, then the second no longer shows it (NOTIFY reaches its cache)", async () => {
    const org = await first.services.catalog.saveOrganization({ name: "Nachbarschaftstreff" });
    const offer = await first.services.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), texts: { de: { title: "Nachbarschaftsfrühstück", summary: "Kurz" } } }));
    const occurrenceId = await first.services.offers.nextOccurrenceId(offer.id);
    const listed = async () => (await second.services.offers.listUpcoming({ filter: {}, page: 0, pageSize: 50, locale: "de" })).cards.some((card) => card.offerId === offer.id);
    // The second instance hears about the offer's creation and then has both screens in memory.
    await expect.poll(listed, { timeout: 5_000 }).toBe(true);
    expect((await second.services.offers.getDetails({ occurrenceId, locale: "de" })).title).toBe("Nachbarschaftsfrühstück");

    await first.services.offers.setStatus(offer.id, "CANCELLED");

    await expect.poll(listed, { timeout: 5_000 }).toBe(false);
    await expect(second.services.offers.getDetails({ occurrenceId, locale: "de" })).rejects.toThrow();
  });

  it("when the steps of a sign-up alternate between the instances, then the conversation continues and the sign-up is saved once", async () => {
    const org = await first.services.catalog.saveOrganization({ name: "Haus der Offenen Tür" });
    const offer = await first.services.offers.saveOffer(offerInput({ organizationId: org.id, startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), signupRequired: true, capacity: 10 }));
    const occurrenceId = await first.services.offers.nextOccurrenceId(offer.id);

    await post(first, callbackUpdate(amira, startSignup.pack(occurrenceId)));
    await post(second, callbackUpdate(amira, signupAnswer("seats", 2)));
    await post(first, textUpdate(amira, "Amira K."));
    await post(second, callbackUpdate(amira, signupAnswer("age", "ADULT")));
    await post(first, callbackUpdate(amira, signupAnswer("consent", "yes")));
    await post(first, callbackUpdate(amira, signupAnswer("confirm", "yes")));

    const signups = await second.db.prisma.signup.findMany({ where: { user: { telegramId: BigInt(amira.id) } } });
    expect(signups).toMatchObject([{ seats: 2, listName: "Amira K.", status: "CONFIRMED" }]);
    expect(rig.telegram.api.textsTo(amira.id).at(-1)).toContain(first.i18n.t("ar", "signup-done-confirmed", { seats: 2 }).replace(/[\u2068\u2069]/g, ""));
  });

  it("when both instances fire the Sunday digest at the same tick, then exactly one digest is created", async () => {
    const sunday = new Date("2026-12-06T16:00:00Z"); // 17:00 in Berlin
    const ran = await Promise.all([first.scheduler.tick("weekly-digest", sunday), second.scheduler.tick("weekly-digest", sunday)]);

    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(await first.db.prisma.announcement.count({ where: { kind: "DIGEST" } })).toBe(1);

    const nextWeek = new Date("2026-12-13T16:00:00Z");
    expect(await Promise.all([second.scheduler.tick("weekly-digest", nextWeek), first.scheduler.tick("weekly-digest", nextWeek)])).toContain(true);
    expect(await first.db.prisma.announcement.count({ where: { kind: "DIGEST" } })).toBe(2);
  });

  it("when both instances send a 3,000-recipient broadcast with BROADCAST_RATE=30, then Telegram answers no 429 and together they send at least 27 a second", async () => {
    const telegram = rig.telegram.api;
    telegram.enforceLimits(true);
    try {
      const before = telegram.delivered("sendMessage").length;
      const chats = await queueBroadcast(first.db.prisma, 3_000);
      const sent = () => telegram.delivered("sendMessage").slice(before);
      for (const started = Date.now(); sent().length < 3_000 && Date.now() - started < 200_000; ) await new Promise((resolve) => setTimeout(resolve, 250));

      const times = sent().map((call) => call.at);
      const perSecond = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
      console.info(`two instances, BROADCAST_RATE=30: 3,000 messages at ${perSecond.toFixed(2)}/s, ${telegram.tooManyRequests} answered 429`);
      expect(telegram.tooManyRequests).toBe(0);
      expect(new Set(sent().map((call) => Number(call.payload.chat_id)))).toEqual(new Set(chats));
      expect(sent()).toHaveLength(3_000);
      expect(perSecond).toBeGreaterThanOrEqual(27);
      expect(perSecond).toBeLessThanOrEqual(30.5);
    } finally {
      telegram.enforceLimits(false);
    }
  }, 240_000);
});
