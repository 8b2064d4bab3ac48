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
import { createLogger } from "../../src/logger.ts";
import { calendarFeedsJob } from "../../src/scheduler/jobs/calendar-feeds.ts";
import { seedCast, type Cast } from "../support/actors.ts";
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
  const { db, services, clock, notes } = useServices({ now: NOW });
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

  const run = (at: string) => {
    clock.set(at);
    return calendarFeedsJob(jobServices(services), createLogger({ level: "silent" }), { timezone: "Europe/Berlin" }).run(new Date(at));
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

  it("when an untrusted organization's calendar is fetched, then its offers wait for approval like its staff's", async () => {
    await services.calendarFeeds.removeCalendar(cast.users.staffA.id);
    await services.calendarFeeds.setCalendar(cast.users.untrusted.id, { url, categoryId: "neighbourhood", districtId: null });
    await run(NOW);
    const statuses = await db.prisma.offer.groupBy({ by: ["status"], where: { organizationId: cast.orgs.U }, _count: true });
    expect(statuses).toEqual([{ status: "PENDING_APPROVAL", _count: 11 }]);
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
