// Subscribed calendars against a real HTTP server on 127.0.0.1: the hourly job imports the
// calendar, sends If-None-Match / If-Modified-Since and keeps everything on 304, moves an offer
// whose event changed (participants told), cancels one whose event is gone (notices), and backs
// off on failures, telling the organization's staff once after a day.
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { jobServices } from "../../src/domain/index.ts";
import { createAddressGuard, type AddressGuard } from "../../src/domain/public-address.ts";
import { createLogger } from "../../src/logger.ts";
import { calendarFeedsJob, fetchCalendar } from "../../src/scheduler/jobs/calendar-feeds.ts";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";

const NOW = "2026-12-01T10:00:00Z";
const ORIGINAL = readFileSync(path.join(import.meta.dirname, "../fixtures/import/nextcloud-calendar.ics"), "utf8");
const FEST = "DTSTART:20261212T130000Z\r\nDTEND:20261212T170000Z\r\nSUMMARY:Nachbarschaftsfest\r\nDESCRIPTION:Essen\\, Musik\\, Spiele.\r\nLOCATION:Hamannplatz";
const FEST_MOVED = "DTSTART:20261213T130000Z\r\nDTEND:20261213T170000Z\r\nSUMMARY:Nachbarschaftsfest\r\nDESCRIPTION:Essen\\, Musik\\, Spiele.\r\nLOCATION:Turnhalle Coerde";

/** A calendar server: serves `body` with `etag`, answers 304 to a matching If-None-Match, or fails with `status`. */
function calendarServer() {
  const state = { body: ORIGINAL, etag: '"v1"', lastModified: "Tue, 01 Dec 2026 09:00:00 GMT", status: 200, requests: [] as IncomingHttpHeaders[] };
  const server: Server = createServer((request, response) => {
    state.requests.push(request.headers);
    if (state.status !== 200) return void response.writeHead(state.status).end("nope");
    if (request.headers["if-none-match"] === state.etag) return void response.writeHead(304, { etag: state.etag }).end();
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8", etag: state.etag, "last-modified": state.lastModified }).end(state.body);
  });
  return { state, server };
}

describe("subscribed calendars", () => {
  const { db, services, clock, notes } = useServices({ now: NOW, adminIds: [ADMIN_TELEGRAM_ID] });
  const { state, server } = calendarServer();
  let url: string;
  let cast: Cast;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/remote.php/dav/public-calendars/abc?export`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(async () => {
    Object.assign(state, { body: ORIGINAL, etag: '"v1"', status: 200, requests: [] });
    cast = await seedCast(db);
    await services.calendarFeeds.setCalendar(cast.users.staffA.id, { url, categoryId: "neighbourhood", districtId: null });
  });

  // The test server is on 127.0.0.1: allowed here, as CALENDAR_ALLOW_PRIVATE_URLS=on would.
  const run = (at: string, addresses: AddressGuard = createAddressGuard({ allowPrivate: true })) => {
    clock.set(at);
    return calendarFeedsJob(jobServices(services), createLogger({ level: "silent" }), { timezone: "Europe/Berlin", addresses }).run(new Date(at));
  };
  const fest = () => db.prisma.offer.findFirstOrThrow({ where: { translations: { some: { title: "Nachbarschaftsfest" } } }, include: { occurrences: true } });

  it("when the calendar is fetched, changed and then loses an event, then the offer is created, moved (participant told) and cancelled (notice); a 304 changes nothing", async () => {
    await run(NOW);
    expect(await db.prisma.offer.count({ where: { organizationId: cast.orgs.A, status: "PUBLISHED" } })).toBe(11);
    expect((await fest()).externalRef).toMatch(new RegExp(`^o${cast.orgs.A}:cal:`));
    const date = (await fest()).occurrences[0]!;
    await db.prisma.signup.create({ data: { occurrenceId: date.id, userId: cast.users.resident.id, seats: 1, listName: "Olena", status: "CONFIRMED" } });

    // Nothing new: the server answers 304 to the ETag the job sends.
    const before = await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });
    await run("2026-12-01T11:07:00Z");
    expect(state.requests.at(-1)).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": "Tue, 01 Dec 2026 09:00:00 GMT" });
    expect(await db.prisma.offer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } })).toEqual(before);

    // The event moves a day and to another place.
    Object.assign(state, { body: ORIGINAL.replace(FEST, FEST_MOVED), etag: '"v2"' });
    await run("2026-12-01T12:07:00Z");
    expect(await fest()).toMatchObject({ startsAt: new Date("2026-12-13T13:00:00Z"), address: "Turnhalle Coerde", status: "PUBLISHED" });
    expect(await notes.kinds()).toEqual(["offer-changed:Nachbarschaftsfest"]);

    // The event is deleted from the calendar.
    const withoutFest = ORIGINAL.replace(/BEGIN:VEVENT\r\nDTSTAMP:20261101T090000Z\r\nUID:fest-2026@nextcloud\.example[\s\S]*?END:VEVENT\r\n/, "");
    expect(withoutFest).not.toContain("Nachbarschaftsfest");
    Object.assign(state, { body: withoutFest, etag: '"v3"' });
    await run("2026-12-01T13:07:00Z");
    expect((await fest()).status).toBe("CANCELLED");
    expect(await notes.kinds()).toEqual(["offer-changed:Nachbarschaftsfest", "offer-cancelled:Nachbarschaftsfest"]);
    expect(await db.prisma.offer.count({ where: { organizationId: cast.orgs.A, status: "PUBLISHED" } })).toBe(10);
  });

  it("when an untrusted organization's calendar is fetched, then its offers wait for approval like its staff's, and the admins get one summary", async () => {
    await services.calendarFeeds.removeCalendar(cast.users.staffA.id);
    await services.calendarFeeds.setCalendar(cast.users.untrusted.id, { url, categoryId: "neighbourhood", districtId: null });
    await run(NOW);
    const statuses = await db.prisma.offer.groupBy({ by: ["status"], where: { organizationId: cast.orgs.U }, _count: true });
    expect(statuses).toEqual([{ status: "PENDING_APPROVAL", _count: 11 }]);
    // The admins hear of it once, not eleven times.
    expect((await notes.notices()).map((n) => [n.kind, (n as { count?: number }).count])).toEqual([["import-pending", 11]]);
    await run("2026-12-01T11:07:00Z"); // 304: nothing new to tell
    expect(await notes.notices()).toHaveLength(1);
    expect(await db.prisma.offer.count({ where: { organizationId: cast.orgs.A } })).toBe(0);
  });

  it("when the calendar fails, then it is tried again later with growing pauses and after a day the staff are told once", async () => {
    state.status = 500;
    await run(NOW);
    const org = () => db.prisma.organization.findUniqueOrThrow({ where: { id: cast.orgs.A } });
    expect(await org()).toMatchObject({ calendarFailures: 1, calendarNextTryAt: new Date("2026-12-01T11:00:00Z") });
    await run("2026-12-01T10:30:00Z"); // still waiting out the pause: not fetched
    expect(state.requests).toHaveLength(1);
    for (const at of ["2026-12-01T11:07:00Z", "2026-12-01T13:07:00Z", "2026-12-01T17:07:00Z", "2026-12-02T01:07:00Z"]) await run(at);
    expect((await org()).calendarFailures).toBe(5);
    expect(await notes.kinds()).toEqual([]); // 15 hours: not yet
    await run("2026-12-02T13:07:00Z"); // a day and three hours of failures
    const told = (await notes.notices()).filter((n) => n.kind === "calendar-failing");
    expect(told.map((n) => n.to.telegramId)).toEqual([cast.users.staffA.telegramId]);
    await run("2026-12-03T01:07:00Z");
    expect((await notes.notices()).filter((n) => n.kind === "calendar-failing")).toHaveLength(1);

    state.status = 200;
    await run("2026-12-03T13:07:00Z");
    expect(await org()).toMatchObject({ calendarFailures: 0, calendarNextTryAt: null, calendarFailureToldAt: null, calendarEtag: '"v1"' });
  });

  it("when staff register an address that is not http(s), then it is refused", async () => {
    for (const bad of ["ftp://example.org/cal.ics", "kalender", "javascript:alert(1)"]) {
      await expect(services.calendarFeeds.setCalendar(cast.users.staffA.id, { url: bad, categoryId: "sport", districtId: null })).rejects.toMatchObject({ code: "invalid-input" });
    }
    await services.calendarFeeds.setCalendar(cast.users.staffA.id, { url: "webcal://cloud.example/cal.ics", categoryId: "sport", districtId: null });
    expect((await services.calendarFeeds.calendarStatus(cast.users.staffA.id)).url).toBe("https://cloud.example/cal.ics");
  });
});

describe("subscribed calendars: only public addresses", () => {
  const { db, services, build, clock } = useServices({ now: NOW });
  let cast: Cast;
  const hits = { calendar: [] as string[], inside: [] as string[] };
  let port: number;
  let insidePort: number;
  // A calendar server on 127.0.0.1 (allowed below as if it were public) that can redirect, and
  // an "internal" server on 127.0.0.2 that must never be reached.
  const calendar = createServer((request, response) => {
    hits.calendar.push(request.url ?? "");
    const redirect = /^\/go\?to=(.+)$/.exec(request.url ?? "");
    if (redirect) return void response.writeHead(302, { location: decodeURIComponent(redirect[1]!) }).end();
    const loop = /^\/loop\/(\d+)$/.exec(request.url ?? "");
    if (loop) return void response.writeHead(301, { location: `/loop/${Number(loop[1]) + 1}` }).end();
    if (request.url === "/big") {
      response.writeHead(200, { "content-type": "text/calendar" });
      response.write("BEGIN:VCALENDAR\r\n");
      return void response.end("X".repeat(5000));
    }
    if (request.url === "/slow") return; // never answers
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" }).end(ORIGINAL);
  });
  const inside = createServer((request, response) => {
    hits.inside.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/calendar" }).end(ORIGINAL);
  });
  /** The app's rule, with the calendar server's address counted as public. */
  const publicRule = (resolve?: (host: string) => Promise<string[]>) => createAddressGuard({ allowPrivate: ["127.0.0.1/32"], ...(resolve ? { resolve } : {}) });

  beforeAll(async () => {
    await new Promise<void>((resolve) => calendar.listen(0, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => inside.listen(0, "127.0.0.2", resolve));
    port = (calendar.address() as AddressInfo).port;
    insidePort = (inside.address() as AddressInfo).port;
  });
  afterAll(async () => {
    calendar.closeAllConnections();
    await Promise.all([calendar, inside].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });
  beforeEach(async () => {
    hits.calendar = [];
    hits.inside = [];
    cast = await seedCast(db);
  });

  const register = (url: string, on = services) => on.calendarFeeds.setCalendar(cast.users.staffA.id, { url, categoryId: "neighbourhood", districtId: null });
  const org = () => db.prisma.organization.findUniqueOrThrow({ where: { id: cast.orgs.A } });
  const runWith = (addresses: AddressGuard) => {
    clock.set(NOW);
    return calendarFeedsJob(jobServices(services), createLogger({ level: "silent" }), { timezone: "Europe/Berlin", addresses }).run(new Date(NOW));
  };

  it("when staff register a loopback, private, link-local or metadata address, or a name that resolves to one, then it is refused as not public; a public one is kept", async () => {
    const names: Record<string, string[]> = { localhost: ["::1", "127.0.0.1"], "kalender.intern.example": ["10.20.0.5"], "mixed.example": ["93.184.215.14", "fd12::1"] };
    const resolve = async (host: string) => names[host] ?? ["93.184.215.14"];
    const strict = build({ calendarAddresses: createAddressGuard({ resolve }) });
    for (const bad of [
      "http://127.0.0.1:8080/cal.ics",
      "http://localhost/cal.ics",
      "http://[::1]/cal.ics",
      "http://169.254.169.254/latest/meta-data/",
      "http://0.0.0.0/",
      "http://2130706433/", // 127.0.0.1 written as a number
      "http://[::ffff:10.0.0.1]/",
      "http://100.64.1.1/",
      "https://192.168.1.10/cal.ics",
      "webcal://kalender.intern.example/cal.ics",
      "https://mixed.example/cal.ics",
    ]) {
      await expect(register(bad, strict), bad).rejects.toMatchObject({ code: "calendar-address-private" });
    }
    expect((await org()).calendarUrl).toBeNull();
    await register("https://cloud.example/cal.ics", strict);
    expect((await org()).calendarUrl).toBe("https://cloud.example/cal.ics");
  });

  it("when a calendar redirects to an internal address, then the redirect is not followed and the fetch counts as failed; redirects to public addresses are followed, at most 5", async () => {
    await register(`http://127.0.0.1:${port}/go?to=${encodeURIComponent(`http://127.0.0.2:${insidePort}/secret`)}`);
    await runWith(publicRule());
    expect(hits.calendar).toHaveLength(1);
    expect(hits.inside).toEqual([]);
    expect(await org()).toMatchObject({ calendarFailures: 1 });
    expect(await db.prisma.offer.count()).toBe(0);

    // To the metadata address: refused before any connection.
    await register(`http://127.0.0.1:${port}/go?to=${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`);
    await runWith(publicRule());
    expect((await org()).calendarFailures).toBe(1);

    await register(`http://127.0.0.1:${port}/loop/1`);
    await runWith(publicRule());
    expect(hits.calendar.filter((u) => u.startsWith("/loop/"))).toEqual(["/loop/1", "/loop/2", "/loop/3", "/loop/4", "/loop/5", "/loop/6"]);
    expect((await org()).calendarFailures).toBe(1);

    await register(`http://127.0.0.1:${port}/go?to=${encodeURIComponent("/remote.php/dav/public-calendars/abc?export")}`);
    await runWith(publicRule());
    expect(await org()).toMatchObject({ calendarFailures: 0 });
    expect(await db.prisma.offer.count({ where: { organizationId: cast.orgs.A } })).toBe(11);
  });

  it("when a calendar's name resolves to an internal address at fetch time, then nothing is fetched", async () => {
    await register(`http://calendar.example:${insidePort}/cal.ics`);
    await runWith(publicRule(async () => ["127.0.0.2"]));
    expect(hits.inside).toEqual([]);
    expect((await org()).calendarFailures).toBe(1);
  });

  it("when a calendar is bigger than the limit or does not answer in time, then the fetch stops", async () => {
    const addresses = publicRule();
    await expect(fetchCalendar(`http://127.0.0.1:${port}/big`, {}, { addresses, maxBytes: 1000 })).rejects.toThrow("calendar too big");
    await expect(fetchCalendar(`http://127.0.0.1:${port}/slow`, {}, { addresses, timeoutMs: 200 })).rejects.toThrow();
    await expect(fetchCalendar(`http://127.0.0.1:${port}/cal.ics`, {}, { addresses })).resolves.toMatchObject({ notModified: false });
  });
});
