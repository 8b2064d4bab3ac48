// The public "What's on" page in a real headless browser (Debian's Chromium driven by
// playwright-core): German and Arabic (right to left), filtering by district through the form,
// following an offer's link into the bot, headings, labels, focus and colour contrast. A
// screenshot of each page is kept in test-artifacts/ (not committed).
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useServices } from "../support/services.ts";
import { BOT_LINK, seedFeedCity, startWeb, type WebRig } from "../support/web.ts";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-artifacts");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`public-page.test.ts: skipped, ${CHROMIUM} is missing (install it: apt-get install -y chromium; .ci/run does)`);

/** The WCAG 2 contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The text colour of the first element matching `selector`, and the background behind it. */
const colours = (page: Page, selector: string) =>
  // Runs in the page (no DOM types in this Node project: the window is reached through the element).
  page.$eval(selector, (element: any) => {
    const style = (node: any) => element.ownerDocument.defaultView.getComputedStyle(node);
    let background = "rgba(0, 0, 0, 0)";
    for (let node = element; node; node = node.parentElement) {
      const colour = style(node).backgroundColor;
      if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") {
        background = colour;
        break;
      }
    }
    return { text: style(element).color, background: background === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : background };
  });

describe.skipIf(!haveChromium)("the public page in Chromium", () => {
  const fx = useServices({ now: "2026-12-01T10:00:00Z" });
  let browser: Browser;
  let page: Page;
  let web: WebRig;
  let city: Awaited<ReturnType<typeof seedFeedCity>>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    city = await seedFeedCity(fx.services, fx.db);
    web = await startWeb(fx.services, fx.clock);
    // A cheap phone's screen.
    page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: true });
    dialogs.length = 0;
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Nothing leaves 127.0.0.1: Telegram's links are answered here.
    await page.route("https://t.me/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Telegram</title>" }));
  });
  afterEach(async () => {
    await page?.close();
    await web?.close();
  });

  it("when opened in German, then it is a left-to-right German page with one h1, a heading per day, labelled filters, escaped texts and enough contrast", async () => {
    await page.goto(`${web.url}/?lang=de`);
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    expect(await page.locator("h1").allTextContents()).toEqual(["Was ist los?"]);
    const days = await page.locator("main h2").allTextContents();
    expect(days.slice(0, 3)).toEqual(["Donnerstag, 3. Dezember", "Samstag, 5. Dezember", "Dienstag, 8. Dezember"]);
    expect(await page.locator("article h3").first().textContent()).toContain("Fußball am Abend");
    // Every select has a visible label naming it.
    for (const id of ["f-category", "f-district", "f-date"]) {
      const label = page.locator(`label[for="${id}"]`);
      expect(await label.count(), id).toBe(1);
      expect((await label.textContent())!.trim().length, id).toBeGreaterThan(2);
    }
    expect(await page.getByLabel("Stadtteil").count()).toBe(1);
    // The language links, each in its own name and language.
    expect(await page.locator("nav a[lang=ar]").textContent()).toBe("العربية");
    expect(await page.locator("nav a").count()).toBe(10);
    // Staff-typed text is text, never markup.
    expect(await page.locator("article", { hasText: "Sprachcafé" }).locator("h3").textContent()).toContain("Sprachcafé <script>alert(1)</script>");
    expect(await page.locator("script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    // The cancelled offer and the draft are not on it.
    expect(await page.getByText("Lesung").count()).toBe(0);
    expect(await page.getByText("Entwurf").count()).toBe(0);
    // WCAG AA: 4.5:1 for text and links.
    const body = await colours(page, "main p");
    const link = await colours(page, "article a.signup");
    expect(contrast(body.text, body.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(link.text, link.background)).toBeGreaterThanOrEqual(4.5);
    // The keyboard focus is visible.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const window = globalThis as any;
      return window.getComputedStyle(window.document.activeElement).outlineStyle as string;
    });
    expect(outline).not.toBe("none");
    await page.screenshot({ path: path.join(ARTIFACTS, "public-page-de.png"), fullPage: true });
  });

  it("when filtered by district through the form, then only that district's dates remain and an offer's link is the bot's deep link", async () => {
    await page.goto(`${web.url}/?lang=de`);
    await page.getByLabel("Stadtteil").selectOption("coerde");
    await Promise.all([page.waitForURL(/district=coerde/), page.getByRole("button", { name: "Anzeigen" }).click()]);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("de");
    const titles = await page.locator("article h3").allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    for (const title of titles) expect(title).toContain("Fußball am Abend");
    expect(await page.getByLabel("Stadtteil").inputValue()).toBe("coerde");
    await page.screenshot({ path: path.join(ARTIFACTS, "public-page-de-coerde.png"), fullPage: true });

    const link = page.locator("article a.signup").first();
    expect(await link.getAttribute("href")).toBe(BOT_LINK(city.weekly));
    await Promise.all([page.waitForURL("https://t.me/**"), link.click()]);
    expect(page.url()).toBe(BOT_LINK(city.weekly));
  });

  it("when opened in Arabic, then the page runs right to left, offers show their Arabic texts, and a German text is marked as German", async () => {
    await page.goto(`${web.url}/?lang=ar`);
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.locator("h1").allTextContents()).toEqual(["ماذا يحدث؟"]);
    const football = page.locator("article", { hasText: "كرة القدم مساءً" }).first();
    expect(await football.count()).toBe(1);
    expect(await football.locator("h3 span[lang]").count()).toBe(0);
    const cafe = page.locator("article", { hasText: "Sprachcafé" });
    expect(await cafe.locator("h3 span[lang=de]").count()).toBe(1);
    expect(await cafe.locator("a.signup").textContent()).toBe("✍️ سجّل عبر تيليجرام");
    expect(await page.getByLabel("الحي").count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "public-page-ar.png"), fullPage: true });
  });

  it("when a day is chosen, then only that day's dates are shown", async () => {
    await page.goto(`${web.url}/?lang=en`);
    await page.getByLabel("Day", { exact: true }).selectOption("2026-12-08");
    await Promise.all([page.waitForURL(/date=2026-12-08/), page.getByRole("button", { name: "Show" }).click()]);
    expect(await page.locator("main h2").allTextContents()).toEqual(["Tuesday, December 8"]);
    expect(await page.locator("article h3").allTextContents()).toEqual([expect.stringContaining("Online counselling")]);
  });
});
