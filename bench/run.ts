// npm run bench [-- --quick]: runs the benchmarks and prints one table; the same figures go
// to bench/results.json. Timings are never asserted; compare the ratios, which are measured
// against a reference in the same run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../src/db/index.ts";
import { benchInteractive, FIXED_RATES, type InteractiveResult, type TargetResult } from "./interactive.ts";
import { benchListing, type ListingResult, type ListingSize } from "./listing.ts";
import { benchSender, type SenderResult } from "./sender.ts";

const quick = process.argv.includes("--quick");
/** --cpu-prof: profile the app process of the webhook bench and print where its time went. */
const cpuProfile = process.argv.includes("--cpu-prof");
const size: ListingSize = quick ? { offers: 500, users: 5_000, iterations: 200 } : { offers: 10_000, users: 100_000, iterations: 2_000 };
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

type Opened = { db: Database; env: Record<string, string>; reopen(): Promise<void>; dispose(): Promise<void> };
type Backend = { name: string; open(): Promise<Opened> };

/**
 * BENCH_BACKENDS=postgres (or embedded) runs one backend only, for a quicker look; BENCH_NO_BROADCAST=1
 * leaves out the broadcast; BENCH_NODE_FLAGS adds node flags to the app's (to try one before it goes
 * into package.json's start script). BENCH_APP_ONLY=1 measures only the app's saturation (interactive.ts).
 */
const onlyBackend = process.env.BENCH_BACKENDS?.toLowerCase();
const allBackends: Backend[] = [
  {
    name: "embedded (PGlite on disk)",
    async open() {
      const dataDir = await mkdtemp(path.join(tmpdir(), "treffpunkt-bench-"));
      const opened: Opened = {
        db: await openDatabase({ dataDir }),
        env: { DATA_DIR: dataDir },
        reopen: async () => void (opened.db = await openDatabase({ dataDir })),
        dispose: async () => (await opened.db.close().catch(() => {}), await rm(dataDir, { recursive: true, force: true })),
      };
      return opened;
    },
  },
  {
    name: "PostgreSQL (loopback)",
    async open() {
      const name = `treffpunkt_bench_${randomBytes(4).toString("hex")}`;
      const admin = async (sql: string) => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(sql).finally(() => client.end());
      };
      await admin(`CREATE DATABASE "${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const open = () => openDatabase({ databaseUrl: url.href, dataDir: "unused" });
      const opened: Opened = {
        db: await open(),
        env: { DATABASE_URL: url.href },
        reopen: async () => void (opened.db = await open()),
        dispose: async () => (await opened.db.close().catch(() => {}), await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
      };
      return opened;
    },
  },
];
const backends = allBackends.filter((backend) => !onlyBackend || backend.name.toLowerCase().includes(onlyBackend));

const startedAt = performance.now();
/** Progress on stderr, with the seconds since start (quick mode has a budget of a minute). */
const say = (text: string) => process.stderr.write(`[${((performance.now() - startedAt) / 1000).toFixed(1).padStart(5)} s] ${text}\n`);
const results: Record<string, ListingResult | { error: string }> = {};
const senders: Record<string, SenderResult | { error: string }> = {};
const interactive: Record<string, InteractiveResult | { error: string }> = {};
/** The bare grammY bot needs no database: measured once, next to the first backend. */
let bare: TargetResult | undefined;
const failure = (error: unknown) => ({ error: String((error as Error).message ?? error).replace(/\s+/g, " ").slice(0, 300) });
for (const backend of backends) {
  say(`listing on ${backend.name}: seeding ${size.offers} offers, ${size.users} users …`);
  let opened: Opened | undefined;
  try {
    opened = await backend.open();
    results[backend.name] = await benchListing(opened.db, size);
    say(`webhook updates on ${backend.name}${bare ? "" : " and the bare grammY bot"} …`);
    const measured = await benchInteractive(opened, { quick, users: size.users, withBare: !bare, cpuProfile }).catch(failure);
    if (!("error" in measured)) {
      bare ??= measured.bare;
      delete measured.bare; // reported once, as `webhook.bare`
    }
    interactive[backend.name] = measured;
    if (process.env.BENCH_NO_BROADCAST) continue; // a quicker look at the webhook alone
    say(`broadcast on ${backend.name} …`);
    senders[backend.name] = await benchSender(opened.db, opened.env, quick).catch(failure);
  } catch (error) {
    results[backend.name] = failure(error);
  } finally {
    await opened?.dispose();
  }
}

const rows: string[][] = [["benchmark", "backend", "p50 ms", "p95 ms", "p99 ms", "ratio to reference", "goal"]];
for (const [backend, result] of Object.entries(results)) {
  if ("error" in result) {
    rows.push(["listing", backend, "-", "-", "-", "-", `failed: ${result.error}`]);
    continue;
  }
  const ratio = (p95: number) => (result.reference.p95 > 0 ? (p95 / result.reference.p95).toFixed(1) : "-");
  rows.push(["reference: SELECT 1", backend, ...fmt(result.reference), "1.0", ""]);
  rows.push([`offer list into memory after a change (${result.load.dates} dates of ${size.offers} offers), ${result.load.cpuUs} µs CPU`, backend, ...fmt(result.load), ratio(result.load.p95), ""]);
  rows.push([`filtered list page from memory`, backend, ...fmt(result.listing), ratio(result.listing.p95), `p95 < 5 ms: ${result.listing.p95 < 5 ? "met" : "missed"}`]);
  rows.push([`text search, ${size.offers} offers`, backend, ...fmt(result.search), ratio(result.search.p95), ""]);
  const { prisma, driver } = result.userLookup;
  rows.push([`user + conversation state (every update) via Prisma $queryRaw, ${prisma.cpuUs} µs CPU per call`, backend, ...fmt(prisma), ratio(prisma.p95), ""]);
  rows.push([`… the same on the driver directly (users.identifyWith), ${driver.cpuUs} µs CPU per call`, backend, ...fmt(driver), ratio(driver.p95), `CPU ${(driver.cpuUs / Math.max(1, prisma.cpuUs)).toFixed(2)} of Prisma's`]);
}
const met = (ok: boolean) => (ok ? "met" : "missed");
for (const [backend, result] of Object.entries(senders)) {
  if ("error" in result) {
    rows.push(["broadcast", backend, "-", "-", "-", "-", `failed: ${result.error}`]);
    continue;
  }
  const { capped, uncapped, interactive } = result;
  rows.push([`sender, cap ${capped.rate}/s (${capped.sent} msgs)`, backend, `${capped.perSecond}/s`, "", "", `${capped.ratio} of cap`, `≥ 0.97: ${capped.ratio >= 0.97 ? "met" : "missed"}`]);
  rows.push([`sender, no cap (${uncapped.sent} msgs)`, backend, `${uncapped.perSecond}/s`, "", "", "", `≥ 1000/s: ${uncapped.perSecond >= 1000 ? "met" : "missed"}`]);
  const two = result.twoInstances;
  if (two) {
    rows.push([`two instances, shared cap ${two.rate}/s (${two.sent} msgs, ${two.tooManyRequests} × 429)`, backend, `${two.perSecond}/s`, "", "", `${two.ratio} of cap`, `≥ 0.97, no 429: ${met(two.ratio >= 0.97 && two.tooManyRequests === 0)}`]);
    rows.push([`two instances: reply during the broadcast (${two.interactive.samples})`, backend, two.interactive.p50.toFixed(1), two.interactive.p95.toFixed(1), "", "", `p95 < 250 ms: ${met(two.interactive.p95 < 250)}`]);
    const confirm = two.confirmToFirstDelivery;
    rows.push([
      `confirmation to first delivery (${confirm.samples}${confirm.missed ? `, ${confirm.missed} > ${confirm.timeoutMs / 1000} s` : ""})`,
      backend,
      confirm.samples ? `${(confirm.p50 / 1000).toFixed(2)} s` : "-",
      confirm.samples ? `${(confirm.p95 / 1000).toFixed(2)} s` : "-",
      "",
      "",
      `< 2 s: ${met(confirm.p95 < 2_000 && !confirm.missed)}`,
    ]);
  }
  rows.push(["interactive reply, idle", backend, interactive.idle.p50.toFixed(1), interactive.idle.p95.toFixed(1), "", "1.0", ""]);
  rows.push([
    `interactive reply, during broadcast (${interactive.broadcastSentMeanwhile} sent meanwhile)`,
    backend,
    interactive.duringBroadcast.p50.toFixed(1),
    interactive.duringBroadcast.p95.toFixed(1),
    "",
    interactive.idle.p95 > 0 ? (interactive.duringBroadcast.p95 / interactive.idle.p95).toFixed(1) : "-",
    `p95 < 250 ms: ${interactive.duringBroadcast.p95 < 250 ? "met" : "missed"}`,
  ]);
}
const notes: string[] = [];
/** Issue 18's goals for the webhook, per backend. */
const goals = (backend: string) => ({ saturation: backend.startsWith("embedded") ? 250 : 400, rssMb: backend.startsWith("embedded") ? 300 : 250 });
const P95_GOAL_MS = 50;
const RATIO_GOAL = 0.5;
const WEB_GOAL = 1_000;
const START_GOAL_S = 2;
const goalRate = FIXED_RATES.at(-1)!;
const failedText = (phase: { failed: number }) => `${phase.failed} failed`;
/** The reference rows of one target: saturation, its latency, each fixed rate's latency. */
function referenceRows(name: string, backend: string, target: TargetResult): void {
  const s = target.saturation;
  rows.push([`${name}, saturation (${s.connections} connections): updates/s`, backend, `${s.perSecond}/s`, "", "", "1.00", failedText(s)]);
  rows.push([`${name}, saturation: latency`, backend, ...fmt(s.latency), "", ""]);
  for (const phase of target.fixedRates) {
    rows.push([`${name} at ${phase.rate} updates/s offered (${Math.round(phase.perSecond)}/s answered): latency`, backend, ...fmt(phase.latency), "", phase.failed ? failedText(phase) : ""]);
  }
}
if (bare) {
  referenceRows("reference: bare grammY bot", "none (no database)", bare);
  notes.push(cpuNote("bare grammY bot", bare));
}
for (const [backend, result] of Object.entries(interactive)) {
  if ("error" in result) {
    rows.push(["webhook updates", backend, "-", "-", "-", "-", `failed: ${result.error}`]);
    continue;
  }
  const goal = goals(backend);
  const minimal = result.minimal;
  if (minimal) {
    referenceRows("reference: minimal database bot", `${backend}; the reference on ${minimal.database}`, minimal);
    notes.push(cpuNote(`minimal database bot on ${backend} (${minimal.database})`, minimal));
  }
  const { saturation, fixedRates, web, process: figures } = result.app;
  const of = (reference: TargetResult | undefined) => (reference?.saturation.perSecond ? saturation.perSecond / reference.saturation.perSecond : undefined);
  const toMinimal = of(minimal);
  const toBare = of(bare);
  const p95Ratio = (p95: number, reference: number | undefined) => (reference ? (p95 / reference).toFixed(1) : "-");
  rows.push([
    `webhook mix, saturation (${saturation.connections} connections): updates/s, ${failedText(saturation)}`,
    backend,
    `${saturation.perSecond}/s`,
    "",
    "",
    toMinimal === undefined ? "-" : `${toMinimal.toFixed(2)} of minimal`,
    `≥ ${goal.saturation}/s, none failed: ${met(saturation.perSecond >= goal.saturation && saturation.failed === 0)}`,
  ]);
  rows.push([`… Treffpunkt ÷ minimal database bot, saturation`, backend, toMinimal === undefined ? "-" : toMinimal.toFixed(2), "", "", "", `≥ ${RATIO_GOAL}: ${toMinimal === undefined ? "-" : met(toMinimal >= RATIO_GOAL)}`]);
  rows.push([`… Treffpunkt ÷ bare grammY bot, saturation`, backend, toBare === undefined ? "-" : toBare.toFixed(2), "", "", "", ""]);
  rows.push(["webhook mix, saturation: latency", backend, ...fmt(saturation.latency), p95Ratio(saturation.latency.p95, minimal?.saturation.latency.p95), ""]);
  for (const phase of fixedRates) {
    const atGoal = phase.rate === goalRate;
    const reference = minimal?.fixedRates.find((r) => r.rate === phase.rate);
    rows.push([
      `webhook mix at ${phase.rate} updates/s offered (${Math.round(phase.perSecond)}/s answered, ${failedText(phase)}): latency`,
      backend,
      ...fmt(phase.latency),
      p95Ratio(phase.latency.p95, reference?.latency.p95),
      atGoal ? `p95 < ${P95_GOAL_MS} ms, none failed: ${met(phase.latency.p95 < P95_GOAL_MS && phase.failed === 0)}` : "",
    ]);
  }
  if (web) {
    const kb = (load: { bytesByPath: Record<string, number> }, p: string, n: number) => (n ? `, ${Math.round((load.bytesByPath[p] ?? 0) / n / 1024)} kB` : "");
    const paths = (load: { byPath: Record<string, number>; bytesByPath: Record<string, number> }) =>
      Object.entries(load.byPath).map(([p, n]) => `${n} × ${p}${kb(load, p, n)}`).join(", ");
    rows.push([
      `public feed + page from the cache at ${web.web.rate} requests/s offered (${paths(web.web)}; ${failedText(web.web)}): requests/s served`,
      backend,
      `${web.web.perSecond}/s`,
      "",
      "",
      "",
      `≥ ${WEB_GOAL}/s, none failed: ${met(web.web.perSecond >= WEB_GOAL && web.web.failed === 0)}`,
    ]);
    rows.push(["… its latency", backend, ...fmt(web.web.latency), "", ""]);
    rows.push([
      `… meanwhile webhook mix at ${web.webhook.rate} updates/s offered (${Math.round(web.webhook.perSecond)}/s answered, ${failedText(web.webhook)}): latency`,
      backend,
      ...fmt(web.webhook.latency),
      "",
      `p95 < ${P95_GOAL_MS} ms: ${met(web.webhook.latency.p95 < P95_GOAL_MS && web.webhook.failed === 0)}`,
    ]);
    rows.push([
      `public feed + page from the cache, the web alone, closed loop (${web.capacity.connections} connections; ${paths(web.capacity)}; ${failedText(web.capacity)}): requests/s`,
      backend,
      `${web.capacity.perSecond}/s`,
      "",
      "",
      "",
      "",
    ]);
    notes.push(
      `web load on ${backend}: CPU (bot process / load generator / whole machine) at ${web.web.rate}/s with the webhook ${web.cpu.target}% / ${web.cpu.loadGenerator}% / ${web.cpu.machine}%, ` +
        `closed loop alone ${web.capacity.cpu.target}% / ${web.capacity.cpu.loadGenerator}% / ${web.capacity.cpu.machine}% of ${web.cpu.cores * 100}%`,
    );
  }
  rows.push([`app RSS after start, ${size.users} users`, backend, `${figures.rssAfterStartMb} MB`, "", "", "", ""]);
  rows.push([`app RSS after the load (peak ${figures.peakRssMb} MB${result.app.log.malloc ? `; malloc: ${result.app.log.malloc}` : ""})`, backend, `${figures.rssAfterRunMb} MB`, "", "", "", `< ${goal.rssMb} MB: ${met(figures.rssAfterRunMb < goal.rssMb)}`]);
  const startTotal = figures.prestartSeconds + figures.startSeconds;
  rows.push([
    `npm start to GET /healthz 200 (prestart ${figures.prestartSeconds.toFixed(2)} s + spawn to healthy ${figures.startSeconds.toFixed(2)} s)`,
    backend,
    `${startTotal.toFixed(2)} s`,
    "",
    "",
    "",
    `< ${START_GOAL_S} s: ${met(startTotal < START_GOAL_S)}`,
  ]);
  const workers = result.workers;
  if (workers) {
    // The same goals, for one machine's cores: WORKERS=2 is two instances on this machine.
    const w = workers.saturation;
    const at = workers.fixedRates.find((phase) => phase.rate === goalRate);
    rows.push([
      `webhook mix with WORKERS=${workers.workers}, saturation (${w.connections} connections): updates/s, ${failedText(w)}`,
      backend,
      `${w.perSecond}/s`,
      ...fmt(w.latency).slice(1),
      minimal?.saturation.perSecond ? `${(w.perSecond / minimal.saturation.perSecond).toFixed(2)} of minimal` : "-",
      `≥ ${goal.saturation}/s, none failed: ${met(w.perSecond >= goal.saturation && w.failed === 0)}`,
    ]);
    if (at) {
      rows.push([
        `… at ${at.rate} updates/s offered (${Math.round(at.perSecond)}/s answered, ${failedText(at)}): latency`,
        backend,
        ...fmt(at.latency),
        "",
        `p95 < ${P95_GOAL_MS} ms, none failed: ${met(at.latency.p95 < P95_GOAL_MS && at.failed === 0)}`,
      ]);
    }
    if (workers.web) {
      rows.push([
        `… public feed + page at ${workers.web.web.rate} requests/s offered: served; meanwhile the webhook's p95 at ${workers.web.webhook.rate}/s`,
        backend,
        `${workers.web.web.perSecond}/s`,
        `${workers.web.webhook.latency.p95.toFixed(2)}`,
        "",
        "",
        `≥ ${WEB_GOAL}/s and p95 < ${P95_GOAL_MS} ms: ${met(workers.web.web.perSecond >= WEB_GOAL && workers.web.web.failed === 0 && workers.web.webhook.latency.p95 < P95_GOAL_MS)}`,
      ]);
    }
    rows.push([`… RSS of the supervisor and its workers after the load`, backend, `${workers.process.rssAfterRunMb} MB`, "", "", "", ""]);
    notes.push(cpuNote(`Treffpunkt with WORKERS=${workers.workers} on ${backend} (CPU of the supervisor and its workers)`, workers));
  }
  notes.push(cpuNote(`Treffpunkt on ${backend}`, result.app));
  // The sign-up rows are counted once, after every run on this database (WORKERS=2 too).
  const phasesOf = (target: TargetResult) => [target.warmup, ...target.fixedRates, target.saturation, ...(target.web ? [target.web.webhook] : [])];
  const phases = [...phasesOf(result.app), ...(result.workers ? phasesOf(result.workers) : [])];
  const completed = phases.reduce((sum, phase) => sum + phase.signupsCompleted, 0);
  const failed = phases.reduce((sum, phase) => sum + phase.failed, 0);
  const rowsCreated = Object.values(result.app.signupRows).reduce((sum, n) => sum + n, 0);
  const { log } = result.app;
  notes.push(
    `Treffpunkt on ${backend}${result.workers ? ` (one process, then WORKERS=${result.workers.workers})` : ""}: ${completed} sign-ups completed, ${rowsCreated} sign-up rows (${Object.entries(result.app.signupRows).map(([status, n]) => `${n} ${status}`).join(", ") || "none"}); ` +
      `${failed} webhook requests failed; log: ${log.errors} errors, ${log.warnings} warnings, ${log.rateLimited} flood-limited, ${log.signupsRefused} sign-ups refused` +
      (log.firstProblem ? `; first problem: ${log.firstProblem}` : "") +
      (log.malloc ? `; malloc: ${log.malloc}` : "") +
      (log.memoryAtStopMb ? `; memory at the stop (MB): ${Object.entries(log.memoryAtStopMb).map(([key, mb]) => `${key} ${mb}`).join(", ")}` : "") +
      (log.databaseThreadMb ? `; the database thread (MB): ${Object.entries(log.databaseThreadMb).map(([key, mb]) => `${key} ${mb}`).join(", ")}` : ""),
  );
}
function cpuNote(name: string, target: TargetResult): string {
  const cpu = (phase: TargetResult["saturation"]["cpu"]) => `${phase.target}% / ${phase.loadGenerator}% / ${phase.machine}% of ${phase.cores * 100}%`;
  const calls = Object.values(target.apiCalls).reduce((sum, n) => sum + n, 0);
  const updates = target.fixedRates.reduce((sum, phase) => sum + phase.answered, 0) + target.saturation.answered;
  const fixed = target.fixedRates.map((phase) => `at ${phase.rate}/s ${cpu(phase.cpu)}`).join(", ");
  return `${name}: CPU (bot process / load generator with fake Bot API / whole machine) ${fixed}, at saturation ${cpu(target.saturation.cpu)}; ${(calls / Math.max(1, updates)).toFixed(2)} Bot API calls per update`;
}
function fmt(p: { p50: number; p95: number; p99: number }): string[] {
  return [p.p50, p.p95, p.p99].map((v) => v.toFixed(2));
}

const QUICK_WARNING = "QUICK SMOKE RUN: a few hundred cold updates per phase on a possibly busy machine; these figures only show that every path works, they are not measurements, and met / missed means nothing here. The figures to compare with the goals come from a full `npm run bench`.";
if (quick) console.log(`${QUICK_WARNING}\n`);
const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
console.log([line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n"));
if (notes.length) console.log(`\n${notes.join("\n")}`);

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
await writeFile(
  path.resolve(import.meta.dirname, "results.json"),
  `${JSON.stringify({ at: new Date().toISOString(), quick, size, machine, listing: results, broadcast: senders, webhook: { bare, backends: interactive } }, null, 2)}\n`,
);
say("done");
if (quick) console.log(`\n${QUICK_WARNING}`);
console.log(`\n${quick ? "quick smoke run" : "full run"} on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}; figures in bench/results.json`);
