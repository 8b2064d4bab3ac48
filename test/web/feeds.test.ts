// The public feeds over real HTTP: the calendar parsed back with ical.js, the JSON checked
// against the schema.org Event fields it uses, the inventory CSV parsed with csv-parse; the
// filters, bad parameters, ETags and the cache's seam.
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { gunzipSync } from "node:zlib";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createResponseCache } from "../../src/web/cache.ts";
import { useServices } from "../support/services.ts";
import { BOT_LINK, seedFeedCity, startWeb, type WebRig } from "../support/web.ts";

const fx = useServices({ now: "2026-12-01T10:00:00Z" });
let web: WebRig;
let city: Awaited<ReturnType<typeof seedFeedCity>>;

beforeEach(async () => {
  city = await seedFeedCity(fx.services, fx.db);
  web = await startWeb(fx.services, fx.clock);
});
afterEach(() => web?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${web.url}${path}`, { headers });

/** The VEVENTs of a calendar, its zones registered so TZID times resolve. */
function calendarOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent");
  const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue("uid")), e]));
  return { calendar, events, byUid, uid: (offerId: number) => byUid.get(`offer-${offerId}@treffpunkt`) };
}

const uidsOf = (text: string) => calendarOf(text).events.map((e) => String(e.getFirstPropertyValue("uid"))).sort();
const uid = (offerId: number) => `offer-${offerId}@treffpunkt`;

describe("GET /feeds/offers.ics", () => {
  it("when the calendar is read back, then every published upcoming offer is one event; the weekly one repeats until its end without the dropped week, a cancelled one says so, a draft is absent", async () => {
    const response = await get("/feeds/offers.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const text = await response.text();
    const { calendar, events, uid: eventOf } = calendarOf(text);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Treffpunkt: Angebote");
    expect(events.map((e) => String(e.getFirstPropertyValue("uid"))).sort()).toEqual([city.weekly, city.cafe, city.online, city.cancelled, city.formula].map(uid).sort());

    const weekly = new ICAL.Event(eventOf(city.weekly)!);
    expect(weekly.summary).toBe("Fußball am Abend");
    expect(weekly.isRecurring()).toBe(true);
    const rule = eventOf(city.weekly)!.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    expect(rule.until?.toJSDate().toISOString()).toBe("2027-01-28T22:59:59.000Z");
    expect(eventOf(city.weekly)!.getFirstPropertyValue("url")).toBe(BOT_LINK(city.weekly));
    expect(eventOf(city.weekly)!.getFirstPropertyValue("geo")).toEqual([51.99, 7.64]);
    const dates: string[] = [];
    const it = weekly.iterator();
    for (let next = it.next(); next; next = it.next()) dates.push(next.toJSDate().toISOString());
    // Thursdays 18:00 Berlin from 3 December to 28 January, without 17 December.
    expect(dates).toEqual(
      ["2026-12-03", "2026-12-10", "2026-12-24", "2026-12-31", "2027-01-07", "2027-01-14", "2027-01-21", "2027-01-28"].map((day) => `${day}T17:00:00.000Z`),
    );
    expect((eventOf(city.weekly)!.getFirstPropertyValue("exdate") as ICAL.Time).toJSDate().toISOString()).toBe(city.dropped.toISOString());

    expect(eventOf(city.cancelled)!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(eventOf(city.cafe)!.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(new ICAL.Event(eventOf(city.cafe)!).isRecurring()).toBe(false);
    expect(new ICAL.Event(eventOf(city.cafe)!).startDate.toJSDate().toISOString()).toBe("2026-12-05T14:00:00.000Z");
    expect(String(eventOf(city.cafe)!.getFirstPropertyValue("description"))).toContain(BOT_LINK(city.cafe));
  });

  it("when Arabic is asked for, then texts are Arabic where they exist and in the source language elsewhere", async () => {
    const { uid: eventOf, calendar } = calendarOf(await (await get("/feeds/offers.ics?lang=ar")).text());
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Treffpunkt: العروض");
    expect(eventOf(city.weekly)!.getFirstPropertyValue("summary")).toBe("كرة القدم مساءً");
    expect(eventOf(city.online)!.getFirstPropertyValue("summary")).toBe("Online counselling");
    expect(String(eventOf(city.weekly)!.getFirstPropertyValue("description"))).toContain("التسجيل عبر تيليجرام");
  });

  it("when filtered by category, district (slug or id) and organisation, then only the matching offers are in it", async () => {
    expect(uidsOf(await (await get("/feeds/offers.ics?category=sport")).text())).toEqual([city.weekly, city.formula].map(uid).sort());
    expect(uidsOf(await (await get("/feeds/offers.ics?district=coerde")).text())).toEqual([city.weekly, city.cancelled].map(uid).sort());
    expect(uidsOf(await (await get(`/feeds/offers.ics?district=${city.hafenId}`)).text())).toEqual([uid(city.cafe)]);
    expect(uidsOf(await (await get(`/feeds/offers.ics?org=${city.club}`)).text())).toEqual([city.online, city.formula].map(uid).sort());
    expect(uidsOf(await (await get("/feeds/offers.ics?category=sport&district=coerde&lang=ar")).text())).toEqual([uid(city.weekly)]);
    expect(uidsOf(await (await get("/feeds/offers.ics?from=2026-12-08&to=2026-12-08")).text())).toEqual([uid(city.online)]);
  });
});

/** The schema.org Event fields the feed promises. */
const place = z.object({
  "@type": z.literal("Place"),
  name: z.string().min(1),
  address: z.object({ "@type": z.literal("PostalAddress"), streetAddress: z.string().optional(), addressRegion: z.string().optional(), addressCountry: z.literal("DE") }),
  geo: z.object({ "@type": z.literal("GeoCoordinates"), latitude: z.number(), longitude: z.number() }).optional(),
});
const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
const schemaEvent = z.looseObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("Event"),
  name: z.string().min(1),
  description: z.string(),
  startDate: isoWithOffset,
  endDate: isoWithOffset.optional(),
  location: z.union([place, z.object({ "@type": z.literal("VirtualLocation"), url: z.url() })]),
  organizer: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
  inLanguage: z.array(z.string().min(2)).min(1),
  isAccessibleForFree: z.boolean(),
  offers: z.looseObject({ "@type": z.literal("Offer"), url: z.url() }),
  url: z.url(),
  eventStatus: z.enum(["https://schema.org/EventScheduled", "https://schema.org/EventCancelled"]),
  eventAttendanceMode: z.enum(["https://schema.org/OfflineEventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode"]),
});

describe("GET /feeds/offers.json", () => {
  it("when read, then every date is a schema.org Event; the dropped week and the cancelled offer are EventCancelled; places have address and geo, online offers a virtual location", async () => {
    const response = await get("/feeds/offers.json");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const events = z.array(schemaEvent).parse(await response.json());
    const of = (offerId: number) => events.filter((e) => e.url === BOT_LINK(offerId));
    // 9 Thursdays from 3 Dec to 28 Jan: 8 take place, 1 was dropped.
    expect(of(city.weekly).map((e) => [e.startDate, e.eventStatus.split("/").pop()])).toContainEqual(["2026-12-17T18:00:00+01:00", "EventCancelled"]);
    expect(of(city.weekly).filter((e) => e.eventStatus.endsWith("EventScheduled"))).toHaveLength(8);
    expect(of(city.weekly)[0]).toMatchObject({
      name: "Fußball am Abend",
      startDate: "2026-12-03T18:00:00+01:00",
      endDate: "2026-12-03T20:00:00+01:00",
      inLanguage: ["de", "ar"],
      isAccessibleForFree: true,
      location: { "@type": "Place", address: { streetAddress: "Hauptstraße 5", addressRegion: "Coerde" }, geo: { latitude: 51.99, longitude: 7.64 } },
      organizer: { name: "Stadt Teststadt" },
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    });
    expect(of(city.cancelled).map((e) => e.eventStatus)).toEqual(["https://schema.org/EventCancelled"]);
    expect(of(city.cafe)[0]).toMatchObject({ isAccessibleForFree: false, offers: { description: "2 €" } });
    expect(of(city.online)[0]).toMatchObject({ location: { "@type": "VirtualLocation", url: "https://meet.example/beratung" }, eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode" });
    expect(of(city.draft)).toEqual([]);
    // Soonest first.
    expect(events.map((e) => e.startDate)).toEqual([...events.map((e) => e.startDate)].sort((a, b) => Date.parse(a) - Date.parse(b)));
  });

  it("when filtered by organisation and a date range, then only those dates come", async () => {
    const events = z.array(schemaEvent).parse(await (await get(`/feeds/offers.json?org=${city.orgId}&from=2026-12-03&to=2026-12-10`)).json());
    expect(events.map((e) => [e.name, e.startDate])).toEqual([
      ["Fußball am Abend", "2026-12-03T18:00:00+01:00"],
      ["Sprachcafé <script>alert(1)</script>", "2026-12-05T15:00:00+01:00"],
      ["Fußball am Abend", "2026-12-10T18:00:00+01:00"],
      ["Lesung", "2026-12-10T18:00:00+01:00"],
    ]);
  });
});

describe("GET /feeds/inventory.csv", () => {
  it("when parsed, then it has one row per upcoming published offer format with the inventory's columns, a BOM, and a formula cell defused", async () => {
    const response = await get("/feeds/inventory.csv");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      "id",
      "title",
      "organisation",
      "district",
      "address",
      "online_url",
      "category",
      "target_groups",
      "age_min",
      "age_max",
      "languages",
      "cost",
      "free_of_charge",
      "accessibility",
      "recurrence",
      "recurrence_until",
      "contact",
      "next_date",
    ]);
    expect(rows.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual([city.weekly, city.cafe, city.online, city.formula].sort((a, b) => a - b));
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    expect(byId.get(city.weekly)).toMatchObject({
      title: "Fußball am Abend",
      organisation: "Stadt Teststadt",
      district: "Coerde",
      address: "Hauptstraße 5",
      category: "Sport",
      target_groups: "all",
      languages: "de;ar",
      free_of_charge: "yes",
      accessibility: "Halle mit Rampe",
      recurrence: "weekly",
      recurrence_until: "2027-01-28",
      contact: "rathaus@teststadt.example",
      next_date: "2026-12-03T18:00:00+01:00",
    });
    expect(byId.get(city.cafe)).toMatchObject({ target_groups: "youth", age_min: "12", age_max: "17", cost: "2 €", free_of_charge: "no", recurrence: "once" });
    expect(byId.get(city.online)).toMatchObject({ online_url: "https://meet.example/beratung", contact: "info@sv-nord.example" });
    expect(byId.get(city.formula)!.title).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it("when English is asked for, then names are in English where the catalog has them", async () => {
    const rows = parseCsv(Buffer.from(await (await get("/feeds/inventory.csv?lang=en&district=hafen")).arrayBuffer()), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.title, r.district])).toEqual([["Sprachcafé <script>alert(1)</script>", "Harbour"]]);
  });
});

describe("bad query parameters", () => {
  it.each([
    ["/feeds/offers.ics?lang=xx", "lang"],
    ["/feeds/offers.json?category=astrology", "category"],
    ["/feeds/offers.ics?district=atlantis", "district"],
    ["/feeds/offers.json?org=abc", "org"],
    ["/feeds/inventory.csv?org=-1", "org"],
    ["/feeds/offers.ics?from=2026-13-01", "from"],
    ["/feeds/offers.json?from=2026-12-10&to=2026-12-01", "to"],
    ["/feeds/offers.ics?lang=de&lang=ar", "lang"],
    ["/?date=tomorrow", "date"],
  ])("when %s is asked for, then 400 names the parameter %s", async (path, parameter) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string; message: string };
    expect(body).toMatchObject({ error: "bad_request", parameter });
    expect(body.message.length).toBeGreaterThan(parameter.length + 5);
  });

  it("when a parameter is empty or unknown, then it is no filter", async () => {
    const all = uidsOf(await (await get("/feeds/offers.ics")).text());
    expect(uidsOf(await (await get("/feeds/offers.ics?category=&district=&utm_source=website")).text())).toEqual(all);
  });
});

describe("caching", () => {
  it("when the client sends the ETag it has, then 304 without a body; Cache-Control is set", async () => {
    for (const path of ["/feeds/offers.ics", "/feeds/offers.json", "/feeds/inventory.csv", "/?lang=ar"]) {
      const first = await get(path);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
      const again = await get(path, { "if-none-match": etag! });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect((await get(path, { "if-none-match": '"other"' })).status).toBe(200);
    }
  });

  it("when the client accepts gzip, then the cached response comes compressed with its own ETag and unpacks to the same body", async () => {
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet(`${web.url}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c));
          response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
    const plain = await raw("/feeds/offers.json", {});
    const zipped = await raw("/feeds/offers.json", { "accept-encoding": "gzip, deflate, br" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("accept-encoding");
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw("/feeds/offers.json", { "accept-encoding": "gzip", "if-none-match": zipped.headers.etag! })).status).toBe(304);
    expect((await raw("/feeds/offers.json", { "if-none-match": zipped.headers.etag! })).status).toBe(200);
  });

  it("when offers change, then the cached feed stays until invalidate(), and then shows the change with a new ETag", async () => {
    const before = await get("/feeds/offers.json");
    const etag = before.headers.get("etag");
    await fx.services.offers.setStatus(city.cafe, "CANCELLED");
    const cached = await get("/feeds/offers.json");
    expect(cached.headers.get("etag")).toBe(etag);
    web.cache.invalidate();
    const fresh = await get("/feeds/offers.json");
    expect(fresh.headers.get("etag")).not.toBe(etag);
    const cafe = ((await fresh.json()) as { url: string; eventStatus: string }[]).filter((e) => e.url === BOT_LINK(city.cafe));
    expect(cafe.map((e) => e.eventStatus)).toEqual(["https://schema.org/EventCancelled"]);
  });

  it("when a response built as a string is cached, then only its bytes are kept (one copy of a whole city's feed)", async () => {
    const cache = createResponseCache();
    const text = JSON.stringify([{ name: "Sprachcafé – مقهى اللغة" }]);
    const cached = await cache.get("k", async () => ({ body: text, contentType: "application/json" }));

    expect(Buffer.isBuffer(cached.body)).toBe(true);
    expect(cached.body).toBe(cached.bytes);
    expect(cached.bytes!.toString("utf8")).toBe(text);
    expect(gunzipSync(cached.gzipped!).toString("utf8")).toBe(text);
  });

  it("when the same query is asked for in another order, then it is one cache entry", async () => {
    await get("/feeds/offers.ics?lang=ar&category=sport");
    await get("/feeds/offers.ics?category=sport&lang=ar");
    await get("/feeds/offers.ics?category=sport&lang=ar&utm_source=x");
    expect(web.cache.size).toBe(1);
  });
});

describe("PUBLIC_PAGE", () => {
  it("when it is off, then GET / is not found and the feeds still answer", async () => {
    const off = await startWeb(fx.services, fx.clock, { publicPage: false });
    try {
      expect((await fetch(`${off.url}/`)).status).toBe(404);
      expect((await fetch(`${off.url}/feeds/offers.ics`)).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});
