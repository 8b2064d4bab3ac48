// Announcements and machine translation in the domain: every version remembers who made it and
// from which source text; an edit of the source refreshes machine versions and keeps (and
// reports) human ones; the background job fills languages the provider could not do at the
// time; "Show original" reads only what went out to the reader.
import { beforeEach, describe, expect, it } from "vitest";
import { ADMIN_TELEGRAM_ID, seedCast, type Cast } from "../support/actors.ts";
import { useServices } from "../support/services.ts";
import { scripted, scriptedTranslator } from "../support/translation.ts";
import { announcementSourceHash, BACKFILL_MAX_PER_RUN, type NewAnnouncement, type TextOrigins } from "../../src/domain/announcements.ts";
import type { Locale } from "../../src/domain/locales.ts";
import { ProviderError, type TranslationProvider } from "../../src/domain/machine-translation.ts";

const LATER = new Date("2026-12-05T10:00:00Z");
const GERMAN = "Sprachcafé im Haus der Begegnung: Dienstag 17 Uhr";

/** The scripted provider, whose /translate can fail (503) while it still names its languages. */
function flakyTranslator(options: { unsupported?: Locale[] } = {}) {
  const inner = scriptedTranslator(options);
  const state = { failing: false };
  const provider: TranslationProvider = {
    name: inner.name,
    targets: (source, signal) => inner.targets(source, signal),
    translate: (fragments, source, target, signal) =>
      state.failing ? Promise.reject(new ProviderError("down", "503 from /translate")) : inner.translate(fragments, source, target, signal),
  };
  return { provider, inner, state };
}

const flaky = flakyTranslator({ unsupported: ["ti"] });

describe("announcements with machine translation", () => {
  const { db, services, build } = useServices({ adminIds: [ADMIN_TELEGRAM_ID], translationProvider: flaky.provider });
  let cast: Cast;

  beforeEach(async () => {
    flaky.state.failing = false;
    flaky.inner.calls.length = 0;
    cast = await seedCast(db);
  });

  const staff = () => cast.users.staffA.id;
  const draft = (extra: Partial<NewAnnouncement> = {}): NewAnnouncement => ({
    texts: { de: GERMAN },
    sourceLocale: "de",
    audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: [] },
    urgent: false,
    scheduledAt: LATER,
    ...extra,
  });
  const stored = (id: number) => db.prisma.announcement.findUniqueOrThrow({ where: { id }, select: { texts: true, textOrigins: true, status: true } });

  /** An announcement with a machine Arabic and a typed Ukrainian version. */
  async function withVersions(organization: "staffA" | "untrusted" = "staffA") {
    const author = cast.users[organization].id;
    const [ar] = await services.announcements.translateDraft(author, { text: GERMAN, sourceLocale: "de", targets: ["ar"] });
    expect(ar).toMatchObject({ locale: "ar", ok: true, provider: "libretranslate" });
    const { id } = await services.announcements.create(author, {
      ...draft(),
      texts: { de: GERMAN, ar: (ar as { text: string }).text, uk: "Мовне кафе: вівторок о 17:00" },
      origins: { ar: { origin: "MACHINE", provider: "libretranslate" }, uk: { origin: "HUMAN" } },
    });
    return id;
  }

  it("when staff create an announcement with a machine and a typed version, then both are stored with their origin and the source's hash", async () => {
    const id = await withVersions();
    const row = await stored(id);
    const hash = announcementSourceHash(GERMAN);
    expect(row.texts).toEqual({ de: GERMAN, ar: scripted(GERMAN, "ar"), uk: "Мовне кафе: вівторок о 17:00" });
    expect(row.textOrigins).toEqual({ ar: { origin: "MACHINE", provider: "libretranslate", sourceHash: hash }, uk: { origin: "HUMAN", sourceHash: hash } });
  });

  it("when an origin names a language without a text or the source itself, then nothing is created", async () => {
    await expect(services.announcements.create(staff(), { ...draft(), origins: { ar: { origin: "MACHINE" } } })).rejects.toMatchObject({ code: "invalid-input" });
    await expect(services.announcements.create(staff(), { ...draft(), origins: { de: { origin: "HUMAN" } } })).rejects.toMatchObject({ code: "invalid-input" });
    expect(await db.prisma.announcement.count()).toBe(0);
  });

  it("when the source text is edited, then the machine version is translated again and the typed one is kept and reported as outdated", async () => {
    const id = await withVersions();
    const row = await stored(id);
    const changed = "Sprachcafé im Haus der Begegnung: Mittwoch 18 Uhr";
    const result = await services.announcements.edit(staff(), id, { texts: { ...(row.texts as Record<Locale, string>), de: changed } });

    expect(result).toEqual({ outdated: ["uk"], failed: [] });
    const after = await stored(id);
    expect(after.texts).toEqual({ de: changed, ar: scripted(changed, "ar"), uk: "Мовне кафе: вівторок о 17:00" });
    const origins = after.textOrigins as TextOrigins;
    expect(origins.ar).toEqual({ origin: "MACHINE", provider: "libretranslate", sourceHash: announcementSourceHash(changed) });
    expect(origins.uk).toEqual({ origin: "HUMAN", sourceHash: announcementSourceHash(GERMAN) });

    // The author corrects the Ukrainian: it is up to date again; the Arabic is not translated a third time.
    flaky.inner.calls.length = 0;
    const again = await services.announcements.edit(staff(), id, { texts: { ...(after.texts as Record<Locale, string>), uk: "Мовне кафе: середа о 18:00" } });
    expect(again.outdated).toEqual([]);
    expect(flaky.inner.calls).toEqual([]);
    expect(((await stored(id)).textOrigins as TextOrigins).uk).toEqual({ origin: "HUMAN", sourceHash: announcementSourceHash(changed) });
  });

  it("when only the time changes, then no version is touched and nothing is translated", async () => {
    const id = await withVersions();
    const before = await stored(id);
    flaky.inner.calls.length = 0;
    expect(await services.announcements.edit(staff(), id, { scheduledAt: new Date("2026-12-06T10:00:00Z") })).toEqual({ outdated: [], failed: [] });
    expect(await stored(id)).toEqual(before);
    expect(flaky.inner.calls).toEqual([]);
  });

  it("when the provider fails during the edit, then the stale machine version is dropped, the edit is saved, and the job fills it in later", async () => {
    const id = await withVersions();
    const row = await stored(id);
    const changed = "Sprachcafé fällt diese Woche aus";
    flaky.state.failing = true;
    const result = await services.announcements.edit(staff(), id, { texts: { ...(row.texts as Record<Locale, string>), de: changed } });
    expect(result).toEqual({ outdated: ["uk"], failed: [{ locale: "ar", reason: "unavailable" }] });
    const after = await stored(id);
    expect(after.texts).toEqual({ de: changed, uk: "Мовне кафе: вівторок о 17:00" });
    expect((after.textOrigins as TextOrigins).ar).toBeUndefined();

    // Still down: the job tries and leaves it as it is.
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:05:00Z"))).toBe(0);
    flaky.state.failing = false;
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:10:00Z"))).toBe(1);
    const filled = await stored(id);
    const texts = filled.texts as Record<string, string>;
    // Every language the audience reads that the provider has, but the typed one stays as it is.
    expect(texts.ar).toBe(scripted(changed, "ar"));
    expect(texts.fa).toBe(scripted(changed, "fa"));
    expect(texts.uk).toBe("Мовне кафе: вівторок о 17:00");
    expect(texts.ti).toBeUndefined(); // not offered by the provider: readers keep the German
    const origins = filled.textOrigins as TextOrigins;
    expect(origins.ar).toEqual({ origin: "MACHINE", provider: "libretranslate", sourceHash: announcementSourceHash(changed) });
    expect(origins.uk?.origin).toBe("HUMAN");
    // Nothing left to do for it: the next run sends nothing to the provider.
    flaky.inner.calls.length = 0;
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:15:00Z"))).toBe(0);
    expect(flaky.inner.calls).toEqual([]);
  });

  it("when an audience reads only some languages, then the job translates only those", async () => {
    const { id } = await services.announcements.create(staff(), draft({ audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: ["ar", "ti"] } }));
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:05:00Z"))).toBe(1);
    expect(Object.keys((await stored(id)).texts as object).sort()).toEqual(["ar", "de"]);
    expect(flaky.inner.calls.map((c) => c.target)).toEqual(["ar"]);
  });

  it("when many announcements lack translations, then one run does only a few, soonest first, and the next run goes on", async () => {
    const ids: number[] = [];
    for (let i = 0; i < BACKFILL_MAX_PER_RUN + 2; i++) {
      ids.push((await services.announcements.create(staff(), draft({ texts: { de: `${GERMAN} #${i}` }, scheduledAt: new Date(LATER.getTime() - i * 3_600_000), audience: { kind: "SUBSCRIBERS", topic: "general", districtIds: [], languages: ["ar"] } }))).id);
    }
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:05:00Z"))).toBe(BACKFILL_MAX_PER_RUN);
    const has = async (id: number) => "ar" in ((await stored(id)).texts as object);
    // The last created is the soonest.
    expect(await Promise.all(ids.map(has))).toEqual(ids.map((_, i) => i >= 2));
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:10:00Z"))).toBe(2);
    expect(await Promise.all(ids.map(has))).toEqual(ids.map(() => true));
  });

  it("when an announcement is already queued or its time has come, then the job leaves it alone", async () => {
    const now = await services.announcements.create(staff(), draft({ scheduledAt: "now" }));
    const due = await services.announcements.create(staff(), draft({ scheduledAt: new Date("2026-12-01T10:00:30Z") }));
    expect(await services.announcements.backfillTranslations(new Date("2026-12-01T10:01:00Z"))).toBe(0);
    expect(Object.keys((await stored(now.id)).texts as object)).toEqual(["de"]);
    expect(Object.keys((await stored(due.id)).texts as object)).toEqual(["de"]);
  });

  it("when no provider is set, then the job does nothing and drafts are not translated", async () => {
    const off = build({ translationProvider: null });
    const { id } = await off.announcements.create(staff(), draft());
    expect(await off.announcements.backfillTranslations(new Date("2026-12-01T10:05:00Z"))).toBe(0);
    expect(Object.keys((await stored(id)).texts as object)).toEqual(["de"]);
    expect((await off.announcements.translateDraft(staff(), { text: GERMAN, sourceLocale: "de", targets: ["ar"] }))).toEqual([{ locale: "ar", ok: false, reason: "unsupported" }]);
    expect(flaky.inner.calls).toEqual([]);
  });

  it("when an untrusted partner's announcement waits for approval and is approved, then its origins are kept", async () => {
    const id = await withVersions("untrusted");
    expect((await stored(id)).status).toBe("PENDING_APPROVAL");
    const before = (await stored(id)).textOrigins;
    await services.announcements.approve(cast.users.admin.id, id);
    expect((await stored(id)).textOrigins).toEqual(before);
    expect((await stored(id)).status).toBe("SCHEDULED");
  });

  it("when an untrusted partner edits the text, then it waits for approval again with the refreshed versions", async () => {
    const id = await withVersions("untrusted");
    await services.announcements.approve(cast.users.admin.id, id);
    const row = await stored(id);
    await services.announcements.edit(cast.users.untrusted.id, id, { texts: { ...(row.texts as Record<Locale, string>), de: "Neuer Text" } });
    const after = await stored(id);
    expect(after.status).toBe("PENDING_APPROVAL");
    expect((after.texts as Record<string, string>).ar).toBe(scripted("Neuer Text", "ar"));
  });

  it("when a repeating announcement goes out, then the next one carries the same versions and origins", async () => {
    const id = await withVersions();
    await db.prisma.announcement.update({ where: { id }, data: { repeatRule: "weekly:6:11:00" } });
    await services.announcements.enqueueDue(new Date("2026-12-05T10:00:00Z"));
    const next = await db.prisma.announcement.findFirstOrThrow({ where: { id: { not: id } } });
    expect(next.textOrigins).toEqual((await stored(id)).textOrigins);
    expect(next.texts).toEqual((await stored(id)).texts);
  });

  it("when a reader asks for the original, then only an announcement that went out to them is shown", async () => {
    const reader = cast.users.resident.id;
    await services.subscriptions.toggleTopic(reader, "general");
    const id = await withVersions();
    // Scheduled, not sent: nothing to show yet.
    expect(await services.announcements.original(reader, id)).toBeNull();
    await services.announcements.enqueueDue(new Date("2026-12-05T10:00:00Z"));
    expect(await services.announcements.original(reader, id)).toEqual({ locale: "de", text: GERMAN });
    // Someone it was not addressed to, and an id that does not exist.
    expect(await services.announcements.original(cast.users.staffB.id, id)).toBeNull();
    expect(await services.announcements.original(reader, id + 1000)).toBeNull();
  });

  it("when a resident asks for a draft translation, then it is refused and nothing is sent to the provider", async () => {
    await expect(services.announcements.translateDraft(cast.users.resident.id, { text: GERMAN, sourceLocale: "de", targets: ["ar"] })).rejects.toMatchObject({ code: "forbidden" });
    expect(flaky.inner.calls).toEqual([]);
  });

  it("when an admin looks at the month's numbers, then the provider and this month's characters are in them; without a provider, nothing", async () => {
    const usage = await services.translation.usage();
    expect((await services.stats.month(cast.users.admin.id, "2026-12")).translation).toEqual({ provider: "libretranslate", ...usage });
    expect((await build({ translationProvider: null }).stats.month(cast.users.admin.id, "2026-12")).translation).toBeNull();
  });

  it("when the privacy policy is read, then it names the provider texts are sent to, or none", () => {
    expect(services.privacy.policy.translationProvider).toBe("libretranslate");
    expect(build({ translationProvider: null }).privacy.policy.translationProvider).toBeNull();
  });
});
