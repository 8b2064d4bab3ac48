// The wiring: the whole app serves the feeds and the page next to the webhook, with links to
// the bot it started as (getMe), and PUBLIC_PAGE=off takes the page away.
import { afterEach, describe, expect, it } from "vitest";
import { startTestRig, type TestRig } from "../support/app.ts";
import { TEST_BOT_INFO } from "../support/fake-telegram.ts";
import { offerInput, seedSmallCity } from "../support/offers.ts";

describe("the app's public routes", () => {
  let rig: TestRig | undefined;
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
  });

  it("when the app runs, then / and the feeds answer with the bot's deep links", async () => {
    rig = await startTestRig();
    const city = await seedSmallCity(rig.app.services);
    const { id } = await rig.app.services.offers.saveOffer(offerInput({ organizationId: city.orgId, startsAt: new Date(Date.now() + 86_400_000).toISOString() }));
    rig.app.webCache.invalidate();
    const page = await fetch(`${rig.app.url}/?lang=tr`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="tr" dir="ltr">');
    expect(html).toContain(`href="https://t.me/${TEST_BOT_INFO.username}?start=offer_${id}"`);
    const ics = await fetch(`${rig.app.url}/feeds/offers.ics`);
    expect(await ics.text()).toContain(`UID:offer-${id}@treffpunkt`);
    expect((await fetch(`${rig.app.url}/healthz`)).status).toBe(200);
  });

  it("when PUBLIC_PAGE=off, then / is not found and the feeds still answer", async () => {
    rig = await startTestRig({ env: { PUBLIC_PAGE: "off" } });
    expect((await fetch(`${rig.app.url}/`)).status).toBe(404);
    expect((await fetch(`${rig.app.url}/feeds/offers.json`)).status).toBe(200);
  });
});
