// Webhook benchmark: how many resident updates per second Treffpunkt answers, and how fast,
// next to a bare grammY bot measured the same way in the same run (bench/bare-bot.ts).
//
// How, and why so:
// - The app runs as `npm start` runs it (`node --import tsx src/main.ts`, webhook mode, only
//   environment variables), in its own process, on the database the listing bench seeded
//   (10,000 offers, 100,000 users). A separate process keeps the load generator's and the fake
//   Bot API's CPU out of the app's event loop, and lets us read its memory from /proc and time
//   its start from spawn to the first 200 from GET /healthz.
// - The fake Bot API (test/support/fake-telegram.ts) answers at once over HTTP on loopback, so
//   what is measured is Treffpunkt, not Telegram. It runs in this process with the drivers;
//   the CPU used by this process, the app and the whole machine is reported per phase, so a
//   saturated load generator (2 cores shared with PostgreSQL and whatever else runs) shows.
// - Updates are what residents send: of the updates (not of the journeys), 70% are list taps
//   with filters, 20% open an offer, 10% are steps of the whole sign-up conversation (6 taps:
//   every offer asks the age group; a fresh user each, in order, each step after the answer to the
//   previous one), i.e. about one sign-up per 40 list taps. Users are drawn from the 100,000 seeded ones, so
//   per-chat ordering and the flood limit do not throttle the load. The seeded calendar is
//   moved so that "now" for the app is the listing bench's "now", and users have the name
//   Telegram shows, as returning residents have (no first-contact writes).
// - Two references get the same requests (same journeys, same bodies, same order) through the
//   same drivers, so the ratios are independent of how fast this machine is today: the bare
//   grammY bot (bench/bare-bot.ts, no database, measured once per run) and the minimal database
//   bot (bench/minimal-db-bot.ts: one indexed query on the same seeded database, then one reply;
//   per backend, after the app stopped, as PGlite allows one process).
// - Each target: a short warm-up (JIT, query plans, caches), then fixed rates of 100 and 150
//   updates/s (open loop, 10 s and 20 s), then saturation (closed loop over 40 connections, the
//   most Telegram opens to one webhook). The app then gets the public feed and page under load,
//   GET /feeds/offers.json?lang=ar and /?lang=de (each response already in the app's cache):
//   first alone in a closed loop over 10 connections for 5 s (the most it serves), then 1,050
//   requests/s offered (open loop) while the webhook gets 100 updates/s, both for 10 s (the goal:
//   ≥ 1,000/s served while the bot's p95 stays < 50 ms). The web load runs on threads of its
//   own (webLoadApart, one per path), apart from the fake Bot API and the webhook's pacer. --quick runs only
//   the 150/s rate, and every phase for about a second. See bench/load.ts for the drivers.
//   The app answers a webhook request after 20 s
//   even when the update is still running (server.ts, onTimeout "return"), so no latency the
//   app reports is far above 20 s plus the wait for a connection.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { listButton, openButton, type ListState } from "../src/bot/keyboards/offers.ts";
import { signupAnswer, startSignup } from "../src/bot/keyboards/signups.ts";
import { DEFAULT_CATEGORY_IDS } from "../src/domain/categories.ts";
import { WHEN_FILTERS } from "../src/domain/offers.ts";
import type { Database } from "../src/db/index.ts";
import { WEBHOOK_PATH } from "../src/server.ts";
import { startFakeTelegramServer, TEST_BOT_INFO, TEST_BOT_TOKEN, type FakeTelegramServer } from "../test/support/fake-telegram.ts";
import { freePort } from "../test/support/net.ts";
import { monotonicUs, summarizeProfile, formatSummary, type ProfileSummary, type ProfileWindow } from "./cpu-profile.ts";
import { FIRST_TELEGRAM_ID, NOW as SEEDED_NOW, rng } from "./listing.ts";
import { pace, saturate, TELEGRAM_WEBHOOK_CONNECTIONS, updateNumbers, webLoadApart, type Journey, type JourneyKind, type JourneySource, type PhaseResult, type Target, type WebLoadResult } from "./load.ts";

/** The database of one backend; `reopen` replaces `db` after the app process let go of it. */
export type BenchBackend = { db: Database; env: Record<string, string>; reopen(): Promise<void> };

/** The public feed and page under load: what the bench GETs, cycling, on every connection. */
export const WEB_PATHS = ["/feeds/offers.json?lang=ar", "/?lang=de"];
/** The webhook's offered rate while the web load runs. */
export const WEB_WEBHOOK_RATE = 100;
/**
 * The web's offered rate meanwhile (open loop): the goal is ≥ 1,000 requests/s served while the
 * bot's p95 stays < 50 ms, so a little more than that is offered.
 */
export const WEB_RATE = 1_050;

export type InteractiveOptions = {
  quick: boolean;
  /** Seeded users (FIRST_TELEGRAM_ID …). */
  users: number;
  /** Also measure the bare grammY bot (once per run is enough: it uses no database). */
  withBare: boolean;
  /** Run the app with --cpu-prof and summarize the profile. */
  cpuProfile: boolean;
};

export type ProcessFigures = {
  /** Spawn to the first 200 from GET /healthz. */
  startSeconds: number;
  /** npm's prestart before it (the bundle's freshness check); 0 for the reference bots. */
  prestartSeconds: number;
  rssAfterStartMb: number;
  /** After the fixed rate: grows when the app cannot keep up and updates queue in it. */
  rssAfterFixedRateMb: number;
  rssAfterRunMb: number;
  /** VmHWM: the most the process ever held. */
  peakRssMb: number;
};

/** CPU time in the phase as a share of one core. */
/** CPU shares in % of one core; `window` marks the phase in a --cpu-prof profile. */
export type CpuFigures = { target: number; loadGenerator: number; machine: number; cores: number; window: ProfileWindow };

export type TargetResult = {
  process: ProcessFigures;
  warmup: PhaseResult;
  /** One open-loop phase per offered rate (FIXED_RATES), in that order. */
  fixedRates: (PhaseResult & { rate: number; cpu: CpuFigures })[];
  saturation: PhaseResult & { connections: number; cpu: CpuFigures };
  /** The app only: GETs of the public feed and page (closed loop) while the webhook gets a fixed rate. */
  web?: WebUnderLoad;
  /** Bot API calls during the measured phases, per method. */
  apiCalls: Record<string, number>;
};

export type WebUnderLoad = {
  /** Closed loop, the web alone: the most the app serves from its cache. */
  capacity: WebLoadResult & { connections: number; cpu: CpuFigures };
  /** Open loop at WEB_RATE, while the webhook gets WEB_WEBHOOK_RATE. */
  web: WebLoadResult & { connections: number; rate: number };
  webhook: PhaseResult & { rate: number };
  cpu: CpuFigures;
};

export type InteractiveResult = {
  app: TargetResult & {
    /** Sign-up rows in the database afterwards, by status (every sign-up journey is a new user). */
    signupRows: Record<string, number>;
    /** From the app's log: warnings and errors, flood-limited updates, refused sign-ups. */
    log: { warnings: number; errors: number; rateLimited: number; signupsRefused: number; firstProblem?: string; malloc?: string; memoryAtStopMb?: Record<string, number>; databaseThreadMb?: Record<string, number> };
    /** From healthy on, and the phases alone: the webhook mix at saturation, the web alone. */
    profile?: { file: string; summary: ProfileSummary; saturation: ProfileSummary; web?: ProfileSummary };
  };
  /** PostgreSQL only: the app with WORKERS=2, the process tree's CPU and memory. */
  workers?: TargetResult & { workers: number; log: InteractiveResult["app"]["log"] };
  bare?: TargetResult;
  /** The minimal database bot (bench/minimal-db-bot.ts) on this backend's database. */
  minimal?: TargetResult & { database: string };
};

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = "bench-webhook-secret";
/** The name residents have in Telegram; the seeded users get it too (see prepare). */
const FIRST_NAME = "Nutzer";
const MIX: Record<JourneyKind, number> = { list: 0.7, open: 0.2, signup: 0.1 };
/** Offered rates of the open-loop phases (10 s each, the last 20 s; --quick runs only the last); the goal is about the last (p95 < 50 ms at 150/s). */
export const FIXED_RATES = [100, 150];
/** BENCH_APP_ONLY=1: only Treffpunkt (one process), only its saturation: a quicker A/B of a change to the app. */
const appOnly = Boolean(process.env.BENCH_APP_ONLY);
/** WORKERS for the second run of the app on PostgreSQL: one per core of the bench's machine. */
const WORKERS_MEASURED = 2;
/** Connections of the web load (browsers and a city website's server, not Telegram). */
const WEB_CONNECTIONS = 10;
/** Saturation with as many connections as Telegram opens to a webhook at most. */
const CONNECTIONS = TELEGRAM_WEBHOOK_CONNECTIONS;
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

type Catalog = {
  districtIds: number[];
  /** Listed future dates, for "open an offer". */
  openIds: number[];
  /** Future dates of offers that take sign-ups, with the age group a sign-up answers (every offer asks). */
  signupDates: { occurrenceId: number; ageBand: string }[];
  users: number;
};

/** Moves the seeded calendar to the present and gives users their Telegram name; reads ids. */
async function prepare(db: Database, users: number): Promise<Catalog> {
  const prisma = db.prisma;
  const shift = (Date.now() - SEEDED_NOW.getTime()) / 1000;
  await prisma.$executeRaw`UPDATE offers SET starts_at = starts_at + make_interval(secs => ${shift}), ends_at = ends_at + make_interval(secs => ${shift}),
    recurrence_until = recurrence_until + make_interval(secs => ${shift})`;
  await prisma.$executeRaw`UPDATE offer_occurrences SET starts_at = starts_at + make_interval(secs => ${shift}), ends_at = ends_at + make_interval(secs => ${shift})`;
  await prisma.$executeRaw`UPDATE users SET first_name = ${FIRST_NAME} WHERE first_name IS NULL`;
  await prisma.$executeRawUnsafe("ANALYZE");
  const districtIds = (await prisma.district.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((d) => d.id);
  const open = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM offer_occurrences WHERE listed AND starts_at > now() + interval '1 hour' ORDER BY id`;
  const signupDates = await prisma.$queryRaw<{ occurrenceId: number; ageBand: string }[]>`
    SELECT o.id AS "occurrenceId",
      CASE WHEN f.age_min >= 18 OR (f.age_min IS NULL AND f.age_max IS NULL) THEN 'ADULT' ELSE 'AGE_16_17' END AS "ageBand"
    FROM offer_occurrences o JOIN offers f ON f.id = o.offer_id
    WHERE o.listed AND f.signup_required AND o.starts_at > now() + interval '1 day' ORDER BY o.id`;
  if (!open.length || !signupDates.length) throw new Error("the seeded database has no future offers to tap");
  return { districtIds, openIds: open.map((row) => row.id), signupDates, users };
}

/** The WORKERS run's sign-up users begin this far into the upper half (a full run signs up a few hundred). */
const SECOND_RUN_SIGNUPS_FROM = 10_000;

/**
 * The residents' journeys, the same sequence for every target (seeded random). Sign-ups go to
 * the upper half of the users, one fresh user each; taps to random users of the lower half, so
 * a tap never lands in someone's sign-up conversation.
 */
function journeys(catalog: Catalog, signupsFrom = 0): JourneySource {
  const random = rng(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const half = Math.floor(catalog.users / 2);
  let nextSignupUser = half + signupsFrom;
  let taps = 0;
  // The mix counts updates; a sign-up journey is several, so it is drawn less often.
  const stepsPerSignup = 6;
  const weights: [JourneyKind, number][] = [
    ["list", MIX.list],
    ["open", MIX.open],
    ["signup", MIX.signup / stepsPerSignup],
  ];
  const totalWeight = weights.reduce((sum, [, w]) => sum + w, 0);
  const bot = { id: TEST_BOT_INFO.id, is_bot: true, first_name: TEST_BOT_INFO.first_name, username: TEST_BOT_INFO.username };

  /** A button tap on a message the bot sent earlier, as Telegram delivers it. */
  const tap = (user: number, data: string) => {
    const id = FIRST_TELEGRAM_ID + user;
    taps++;
    return {
      callback_query: {
        id: `${id}${taps}`,
        from: { id, is_bot: false, first_name: FIRST_NAME },
        chat_instance: String(-id),
        data,
        message: { message_id: 1 + (taps % 1000), date: Math.floor(SEEDED_NOW.getTime() / 1000), chat: { id, type: "private", first_name: FIRST_NAME }, from: bot, text: "…" },
      },
    };
  };
  const listState = (): ListState => {
    const page = random() < 0.7 ? 0 : 1 + Math.floor(random() * 2);
    const categoryId = random() < 0.5 ? pick(DEFAULT_CATEGORY_IDS) : undefined;
    const districtId = random() < 0.4 ? pick(catalog.districtIds) : undefined;
    const when = random() < 0.5 ? pick(WHEN_FILTERS) : undefined;
    const youth = random() < 0.2 ? true : undefined;
    // "with a filter": a tap on the unfiltered list counts as a category choice
    if (!categoryId && !districtId && !when && !youth) return { page, categoryId: pick(DEFAULT_CATEGORY_IDS) };
    return { page, categoryId, districtId, when, youth };
  };

  return {
    next(): Journey {
      let draw = random() * totalWeight;
      const kind = weights.find(([, w]) => (draw -= w) < 0)?.[0] ?? "list";
      if (kind === "list") return { kind, updates: [tap(Math.floor(random() * half), listButton.pack(listState()))] };
      if (kind === "open") return { kind, updates: [tap(Math.floor(random() * half), openButton.pack({ occurrenceId: pick(catalog.openIds), state: listState() }))] };
      const user = nextSignupUser++;
      if (nextSignupUser >= catalog.users) nextSignupUser = half; // only if a run outgrows the seed: sign-ups then repeat
      const date = pick(catalog.signupDates);
      const steps = [
        startSignup.pack(date.occurrenceId),
        signupAnswer("seats", 1 + Math.floor(random() * 2)),
        signupAnswer("name", "ok"),
        signupAnswer("age", date.ageBand),
        signupAnswer("consent", "yes"),
        signupAnswer("confirm", "yes"),
      ];
      return { kind, updates: steps.map((data) => tap(user, data)) };
    },
  };
}

// ---- the process under test ----

type Launched = { child: ChildProcess; pid: number; exited: Promise<void>; logFile: string; startSeconds: number; prestartSeconds?: number };

/** A process and its descendants (the workers of WORKERS > 1), from /proc. */
function processTree(pid: number): number[] {
  const children = readProc(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean).map(Number);
  return [pid, ...children.flatMap((child) => processTree(child))];
}
/** A /proc file, or "" when its process has just exited. */
function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** Summed over the process tree (VmHWM: the sum of each process's own peak). */
function procStatusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  let total = 0;
  for (const member of processTree(pid)) {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readProc(`/proc/${member}/status`));
    if (match) total += Number(match[1]);
  }
  return total;
}
const mb = (kb: number) => Math.round(kb / 1024);

/** CPU seconds of the process tree's live members. */
function processCpuSeconds(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    const stat = readProc(`/proc/${member}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime + stime
  }
  return total;
}

function machineCpu(): { busy: number; total: number } {
  const [, ...values] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const ticks = values.map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** Runs a phase and reports the CPU used meanwhile by the target, this process and the machine. */
async function withCpu<T>(pid: number, phase: () => Promise<T>): Promise<T & { cpu: CpuFigures }> {
  const cores = readFileSync("/proc/stat", "utf8").split("\n").filter((l) => /^cpu\d/.test(l)).length;
  const target = processCpuSeconds(pid);
  const own = process.cpuUsage();
  const machine = machineCpu();
  const started = performance.now();
  const fromUs = monotonicUs();
  const result = await phase();
  const toUs = monotonicUs();
  const seconds = (performance.now() - started) / 1000;
  const ownUsed = process.cpuUsage(own);
  const machineNow = machineCpu();
  const share = (used: number) => Math.round((used / seconds) * 100);
  return {
    ...result,
    cpu: {
      target: share(processCpuSeconds(pid) - target),
      loadGenerator: share((ownUsed.user + ownUsed.system) / 1e6),
      machine: Math.round(((machineNow.busy - machine.busy) / (machineNow.total - machine.total)) * cores * 100),
      cores,
      window: { fromUs, toUs },
    },
  };
}

/**
 * What `npm start` runs (package.json): its node flags and script, so the app runs here exactly
 * as it is started, and its prestart (the bundle's freshness check), timed: part of the start.
 */
function startCommand(): { flags: string[]; script: string; prestartSeconds: number } {
  const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
  // "node", flags …, the script; or "sh", a script that takes node flags as its arguments
  const words = scripts.start!.split(/\s+/);
  const prestart = scripts.prestart?.split(/\s+/);
  let prestartSeconds = 0;
  if (prestart?.[0] === "node") {
    execFileSync(process.execPath, prestart.slice(1), { cwd: ROOT, stdio: "ignore" }); // builds if stale: not timed
    const started = performance.now();
    execFileSync(process.execPath, prestart.slice(1), { cwd: ROOT, stdio: "ignore" });
    prestartSeconds = (performance.now() - started) / 1000;
  }
  return { flags: words[0] === "node" ? words.slice(1, -1) : [], script: words.at(-1)!, prestartSeconds };
}

/**
 * Spawns the app (its start script, or its bundle) or a TypeScript reference bot (`node --import
 * tsx`) and waits for GET /healthz → 200. A shell script gets the node flags as its arguments and
 * execs node, so the pid stays the app's.
 */
async function launch(script: string, env: Record<string, string>, port: number, nodeArgs: string[], logDir: string, telegram: FakeTelegramServer): Promise<Launched> {
  const logFile = path.join(logDir, `${path.basename(script).replace(/\.(?:[cm]?[jt]s|sh)$/, "")}-${port}.log`);
  const log = openSync(logFile, "w");
  const started = performance.now();
  const [file, args] = script.endsWith(".sh") ? ["sh", [script, ...nodeArgs]] : [process.execPath, [...nodeArgs, ...(script.endsWith(".ts") ? ["--import", "tsx"] : []), script]];
  const child = spawn(file, args, {
    cwd: ROOT,
    // Only what the app needs: a DATABASE_URL in the bench's own environment must not leak in.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: tmpdir(), ...env },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) => child.once("exit", (code) => ((exitCode = code), resolve())));
  const failed = async (why: string) => {
    child.kill("SIGKILL");
    const tail = (await readFile(logFile, "utf8").catch(() => "")).slice(-1500);
    const calls = telegram.api.calls.map((call) => call.method).join(", ") || "none";
    return new Error(`${path.basename(script)} ${why}; Bot API calls so far: ${calls}; log: ${tail}`);
  };
  for (;;) {
    if (exitCode !== undefined) throw await failed(`exited with ${exitCode} before it was healthy`);
    if (performance.now() - started > 30_000) throw await failed("was not healthy after 30 s");
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => (response.body?.cancel(), response.status === 200),
      () => false,
    );
    if (healthy) break;
    await sleep(10);
  }
  const startSeconds = Math.round((performance.now() - started) / 10) / 100;
  return { child, pid: child.pid!, exited, logFile, startSeconds };
}

/** SIGTERM, then SIGKILL after `graceMs` (a profiled app needs longer: it writes its profile on exit). */
async function stopProcess(launched: Launched, graceMs = 20_000): Promise<void> {
  launched.child.kill("SIGTERM");
  const timer = setTimeout(() => {
    process.stderr.write(`  ${launched.logFile}: no exit ${graceMs / 1000} s after SIGTERM, killed\n`);
    launched.child.kill("SIGKILL");
  }, graceMs);
  await launched.exited;
  clearTimeout(timer);
}

/**
 * Waits until the target made no Bot API call for `quietSeconds`: when a driver stops, it drops
 * its connections, but the updates it had sent still run to their end in the target.
 */
async function settled(telegram: FakeTelegramServer, quietSeconds: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  for (let seen = -1; telegram.api.calls.length !== seen && performance.now() < deadline; ) {
    seen = telegram.api.calls.length;
    await sleep(quietSeconds * 1000);
  }
}

function countCalls(telegram: FakeTelegramServer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of telegram.api.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
  return counts;
}

/**
 * Warm-up, the fixed rates, saturation, then (app only) the web load, against one launched process.
 * `signupsFrom`: where in the upper half this target's sign-up users begin. A second run of the
 * app on the same database (WORKERS=2) starts further on, so that its sign-ups are fresh too
 * rather than repeats that end at "you are already signed up".
 */
async function measureTarget(launched: Launched, telegram: FakeTelegramServer, port: number, catalog: Catalog, quick: boolean, withWeb = false, signupsFrom = 0): Promise<TargetResult> {
  const rssAfterStartMb = mb(procStatusKb(launched.pid, "VmRSS"));
  const target: Target = { url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`, secret: SECRET };
  const source = journeys(catalog, signupsFrom);
  const numbers = updateNumbers();
  // Quick mode is a smoke test of the whole path for CI (cold, a few hundred updates), not a
  // measurement: its figures are not comparable with a full run's.
  // Quick runs only the goal's rate (the last), to stay within CI's budget.
  const seconds = quick ? { warmup: 0, fixed: 0.4, goalFixed: 0.4, saturation: 1, webCapacity: 1, web: 1, settle: 0.2 } : { warmup: 3, fixed: 10, goalFixed: 20, saturation: 15, webCapacity: 5, web: 10, settle: 0.5 };
  // BENCH_APP_ONLY=1: the warm-up and the saturation only, for comparing two versions of the app.
  const rates = appOnly ? [] : quick ? FIXED_RATES.slice(-1) : FIXED_RATES;

  const warmup = await saturate(target, source, numbers, { connections: CONNECTIONS, seconds: seconds.warmup });
  await settled(telegram, seconds.settle);
  telegram.api.clear();
  const fixedRates: TargetResult["fixedRates"] = [];
  let rssAfterFixedRateMb = 0;
  for (const rate of rates) {
    const phaseSeconds = rate === FIXED_RATES.at(-1) ? seconds.goalFixed : seconds.fixed;
    const phase = await withCpu(launched.pid, () => pace(target, source, numbers, { rate, seconds: phaseSeconds }));
    fixedRates.push({ ...phase, rate });
    rssAfterFixedRateMb = mb(procStatusKb(launched.pid, "VmRSS"));
    await settled(telegram, seconds.settle);
  }
  const saturation = await withCpu(launched.pid, () => saturate(target, source, numbers, { connections: CONNECTIONS, seconds: seconds.saturation }));
  await settled(telegram, seconds.settle);
  const apiCalls = countCalls(telegram);
  telegram.api.clear();
  let web: WebUnderLoad | undefined;
  if (withWeb && !appOnly) {
    const base = `http://127.0.0.1:${port}`;
    // Served from the app's cache: each response is built once before the load starts.
    for (const p of WEB_PATHS) {
      const response = await fetch(base + p);
      await response.body?.cancel();
      if (response.status !== 200) throw new Error(`GET ${p} answered ${response.status} (is PUBLIC_PAGE on?)`);
    }
    const capacity = await withCpu(launched.pid, () => webLoadApart(base, WEB_PATHS, { connections: WEB_CONNECTIONS, seconds: seconds.webCapacity }));
    await settled(telegram, seconds.settle);
    const both = await withCpu(launched.pid, async () => {
      const [webResult, webhook] = await Promise.all([
        webLoadApart(base, WEB_PATHS, { connections: WEB_CONNECTIONS, seconds: seconds.web, rate: WEB_RATE }),
        pace(target, source, numbers, { rate: WEB_WEBHOOK_RATE, seconds: seconds.web }),
      ]);
      return { capacity: { ...capacity, connections: WEB_CONNECTIONS }, web: { ...webResult, connections: WEB_CONNECTIONS, rate: WEB_RATE }, webhook: { ...webhook, rate: WEB_WEBHOOK_RATE } };
    });
    web = both;
    await settled(telegram, seconds.settle);
    telegram.api.clear();
  }
  // BENCH_SMAPS_DIR: each process's memory map after the load, for a look at where the RSS is.
  const smapsDir = process.env.BENCH_SMAPS_DIR;
  if (smapsDir) for (const member of processTree(launched.pid)) writeFileSync(path.join(smapsDir, `${member}.smaps`), readProc(`/proc/${member}/smaps`));
  return {
    process: {
      startSeconds: launched.startSeconds,
      prestartSeconds: launched.prestartSeconds ?? 0,
      rssAfterStartMb,
      rssAfterFixedRateMb,
      rssAfterRunMb: mb(procStatusKb(launched.pid, "VmRSS")),
      peakRssMb: mb(procStatusKb(launched.pid, "VmHWM")),
    },
    warmup,
    fixedRates,
    saturation: { ...saturation, connections: CONNECTIONS },
    web,
    apiCalls,
  };
}

function progress(name: string, result: TargetResult): void {
  const { process: figures, fixedRates, saturation, web } = result;
  const fixed = fixedRates.map((phase) => `at ${phase.rate}/s offered ${phase.perSecond}/s answered, p95 ${phase.latency.p95} ms`).join("; ");
  const webText = web ? `; web alone ${web.capacity.perSecond}/s; web ${web.web.perSecond}/s served of ${web.web.rate}/s offered while the webhook p95 at ${web.webhook.rate}/s was ${web.webhook.latency.p95} ms` : "";
  process.stderr.write(
    `  ${name}: healthy ${figures.startSeconds} s after spawn, ${figures.rssAfterStartMb} MB; ${fixed}; ` +
      `saturation ${saturation.perSecond}/s, p95 ${saturation.latency.p95} ms${webText}; ${figures.rssAfterRunMb} MB after\n`,
  );
}

/** Counts what the app logged (pino JSON lines) that would make the figures mean less. */
/** Workers that logged "treffpunkt started". */
async function startedCount(file: string): Promise<number> {
  return (await readFile(file, "utf8")).split("\n").filter((line) => line.includes('"msg":"treffpunkt started"')).length;
}

async function readAppLog(file: string): Promise<InteractiveResult["app"]["log"]> {
  const counts: InteractiveResult["app"]["log"] = { warnings: 0, errors: 0, rateLimited: 0, signupsRefused: 0, firstProblem: undefined };
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { level?: number; msg?: string; malloc?: string; memoryMb?: Record<string, number>; databaseThreadMb?: Record<string, number> };
    if (entry.msg === "stopping") {
      counts.malloc = entry.malloc;
      counts.memoryAtStopMb = entry.memoryMb;
      counts.databaseThreadMb = entry.databaseThreadMb;
    }
    if (entry.msg === "rate limited") counts.rateLimited++;
    if (entry.msg === "sign-up refused") counts.signupsRefused++;
    if ((entry.level ?? 0) >= 40) {
      if (entry.level! >= 50) counts.errors++;
      else counts.warnings++;
      counts.firstProblem ??= line.slice(0, 300);
    }
  }
  return counts;
}

export async function benchInteractive(backend: BenchBackend, options: InteractiveOptions): Promise<InteractiveResult> {
  const catalog = await prepare(backend.db, options.users);
  await backend.db.close(); // the app opens the database itself (PGlite allows one process)
  let measured: Omit<InteractiveResult, "app"> & { app: Omit<InteractiveResult["app"], "signupRows"> };
  try {
    measured = await runProcesses(backend, catalog, options);
  } finally {
    await backend.reopen();
  }
  const rows = await backend.db.prisma.signup.groupBy({ by: ["status"], _count: { _all: true } });
  const signupRows = Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
  return { app: { ...measured.app, signupRows }, workers: measured.workers, bare: measured.bare, minimal: measured.minimal };
}

async function runProcesses(backend: BenchBackend, catalog: Catalog, options: InteractiveOptions) {
  const telegram = await startFakeTelegramServer();
  const workDir = await mkdtemp(path.join(tmpdir(), "treffpunkt-bench-interactive-"));
  const keep = options.cpuProfile; // the profile stays for a closer look
  try {
    const profileDir = path.join(workDir, "profile");
    const start = startCommand();
    /** The app as `npm start` starts it, measured; `workers`: WORKERS (the process then supervises that many). */
    const runApp = async (workers: number, profiled: boolean) => {
      const appPort = await freePort();
      telegram.api.clear();
      const launched = await launch(
        start.script,
        {
          ...backend.env,
          BOT_TOKEN: TEST_BOT_TOKEN,
          BOT_API_ROOT: telegram.apiRoot,
          BOT_MODE: "webhook",
          BOT_WEBHOOK_URL: `http://127.0.0.1:${appPort}`,
          BOT_WEBHOOK_SECRET: SECRET,
          SERVER_HOST: "127.0.0.1",
          SERVER_PORT: String(appPort),
          LOG_LEVEL: "info", // the default, as in production
          WORKERS: String(workers),
        },
        appPort,
        [...start.flags, ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []), ...(profiled ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [])],
        workDir,
        telegram,
      );
      launched.prestartSeconds = start.prestartSeconds;
      try {
        // Healthy is not yet started: wait for the webhook to be registered too, and for every worker.
        for (let waited = 0; !telegram.api.webhook && waited < 10_000; waited += 10) await sleep(10);
        for (let waited = 0; workers > 1 && (await startedCount(launched.logFile)) < workers && waited < 30_000; waited += 50) await sleep(50);
        const measured = await measureTarget(launched, telegram, appPort, catalog, options.quick, true, workers > 1 ? SECOND_RUN_SIGNUPS_FROM : 0);
        progress(workers > 1 ? `Treffpunkt, WORKERS=${workers}` : "Treffpunkt", measured);
        return { launched, measured };
      } finally {
        await stopProcess(launched, profiled ? 180_000 : 20_000);
      }
    };
    const { launched, measured: app } = await runApp(1, options.cpuProfile);
    const log = await readAppLog(launched.logFile);
    let profile: InteractiveResult["app"]["profile"];
    if (options.cpuProfile) {
      // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread.
      const file = (await readdir(profileDir)).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
      if (file) {
        // From healthy on: the start (loading and compiling modules) is not what the load costs.
        const full = path.join(profileDir, file);
        const summary = await summarizeProfile(full, 25, launched.startSeconds * 1000);
        const saturation = await summarizeProfile(full, 25, app.saturation.cpu.window);
        const web = app.web ? await summarizeProfile(full, 15, app.web.capacity.cpu.window) : undefined;
        profile = { file: full, summary, saturation, web };
        process.stderr.write(`CPU profile of the app (${full}), from healthy on:\n${formatSummary(summary)}\n`);
        process.stderr.write(`… the webhook mix at saturation alone:\n${formatSummary(saturation)}\n`);
        if (web) process.stderr.write(`… the web alone (closed loop):\n${formatSummary(web)}\n`);
      }
    }

    if (appOnly) return { app: { ...app, log, profile }, workers: undefined, bare: undefined, minimal: undefined };
    let bare: TargetResult | undefined;
    if (options.withBare) {
      const barePort = await freePort();
      const bareProcess = await launch(
        "bench/bare-bot.ts",
        { BOT_TOKEN: TEST_BOT_TOKEN, BOT_API_ROOT: telegram.apiRoot, BOT_WEBHOOK_SECRET: SECRET, SERVER_HOST: "127.0.0.1", SERVER_PORT: String(barePort) },
        barePort,
        [],
        workDir,
        telegram,
      );
      try {
        bare = await measureTarget(bareProcess, telegram, barePort, catalog, options.quick);
        progress("bare grammY bot", bare);
      } finally {
        await stopProcess(bareProcess);
      }
    }

    // On PostgreSQL, the same with two workers (WORKERS=2: one instance per core).
    let withWorkers: InteractiveResult["workers"];
    if (backend.env.DATABASE_URL) {
      const { launched: supervised, measured } = await runApp(WORKERS_MEASURED, false);
      withWorkers = { ...measured, workers: WORKERS_MEASURED, log: await readAppLog(supervised.logFile) };
    }

    // The minimal database bot on the same database, now that the app let go of it.
    const minimalPort = await freePort();
    const minimalProcess = await launch(
      "bench/minimal-db-bot.ts",
      { ...backend.env, BOT_TOKEN: TEST_BOT_TOKEN, BOT_API_ROOT: telegram.apiRoot, BOT_WEBHOOK_SECRET: SECRET, SERVER_HOST: "127.0.0.1", SERVER_PORT: String(minimalPort) },
      minimalPort,
      [],
      workDir,
      telegram,
    );
    let minimal: InteractiveResult["minimal"];
    try {
      const database = backend.env.DATABASE_URL ? "PostgreSQL via pg" : "PGlite, in its process";
      minimal = { ...(await measureTarget(minimalProcess, telegram, minimalPort, catalog, options.quick)), database };
      progress(`minimal database bot (${database})`, minimal);
    } finally {
      await stopProcess(minimalProcess);
    }

    return { app: { ...app, log, profile }, workers: withWorkers, bare, minimal };
  } finally {
    await telegram.close();
    if (!keep) await rm(workDir, { recursive: true, force: true });
  }
}
