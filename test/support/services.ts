// A database and the services on it, for one test file. This is the one place in test/ that
// builds the domain services (createServices); bot tests get theirs through createTestBot.
//
//   const { db, services, clock, notes } = useServices({ now: NOW, adminIds: [1n] });
//
// registers the hooks: a migrated database for the file (beforeAll), emptied before each test,
// the clock set back to `now` and fresh services (beforeEach); `notes` reads the notices they
// queued in the outbox,
// disposed at the end (afterAll). `db`, `services` and `notes` always mean the current test's
// ones; use them inside tests and hooks, not at the top level. Call it before the file's own
// beforeEach, which then runs after it (vitest runs before-hooks in the order they were added).
import { afterAll, beforeAll, beforeEach } from "vitest";
import { fixedClock, type Clock } from "../../src/domain/clock.ts";
import { createServices, type Services, type ServicesDeps } from "../../src/domain/index.ts";
import { createAddressGuard } from "../../src/domain/public-address.ts";
import { createScreenCache, type ScreenCache } from "../../src/domain/screen-cache.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { outboxNotes, type OutboxNotes } from "./notifier.ts";

/** What a test may choose; everything else is as the app sets it (Europe/Berlin, no admins). */
export type TestServicesOptions = Partial<Omit<ServicesDeps, "db" | "sql" | "clock">>;

export const TEST_NOW = "2026-12-01T10:00:00Z";

/**
 * Services on a test database: the plain factory, for a second instance or other options.
 * Subscribed calendars may be on 127.0.0.1 here (the test servers); pass `calendarAddresses` for the app's rule.
 */
export function buildServices(db: TestDatabase, clock: Clock, options: TestServicesOptions = {}): Services {
  return createServices({ db: db.prisma, sql: db.query, clock, adminIds: [], timezone: "Europe/Berlin", calendarAddresses: createAddressGuard({ allowPrivate: true }), ...options });
}

/** A migrated database for this test file, emptied before each test unless `reset: false`. */
export function useTestDatabase(options: { reset?: boolean } = {}): TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.dispose());
  if (options.reset !== false) beforeEach(() => db!.reset());
  return live(() => db, "the test database");
}

export type ServicesFixture = {
  db: TestDatabase;
  services: Services;
  /** The fixed clock the services use; set back to `now` before each test. */
  clock: ReturnType<typeof fixedClock>;
  /** The notices the services queued in the outbox in this test. */
  notes: OutboxNotes;
  /** Another set of services on the same database and clock (e.g. with quiet hours). */
  build(extra?: TestServicesOptions): Services;
};

/** A database and fresh services on it for every test. */
export function useServices(options: TestServicesOptions & { now?: string } = {}): ServicesFixture {
  const { now = TEST_NOW, ...deps } = options;
  const db = useTestDatabase();
  const clock = fixedClock(now);
  let services: Services | undefined;
  let notes: OutboxNotes | undefined;
  // The services a test builds stand for one instance: they share its screen cache, as one app's do.
  let screens: ScreenCache | undefined;
  const build = (extra: TestServicesOptions = {}) => buildServices(db, clock, { screens, ...deps, ...extra });
  beforeEach(() => {
    clock.set(now);
    screens = createScreenCache();
    notes = outboxNotes(db.prisma);
    services = build();
  });
  return { db, services: live(() => services, "services"), clock, notes: live(() => notes, "notes"), build };
}

/**
 * A stand-in that always forwards to the current value (the one made for the running test),
 * so a file can name it once at the top instead of reassigning a `let` in every hook.
 */
export function live<T extends object>(current: () => T | undefined, name: string): T {
  const target = (): T => {
    const value = current();
    if (!value) throw new Error(`${name}: only available inside tests and hooks`);
    return value;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const value = target();
      const property = Reflect.get(value, key);
      return typeof property === "function" ? property.bind(value) : property;
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
