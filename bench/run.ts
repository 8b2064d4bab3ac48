// npm run bench [-- --quick]: runs the benchmarks and prints one table; the same figures go
// to bench/results.json. Timings are never asserted; compare the ratios, which are measured
// against a reference in the same run.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../src/db/index.ts";
import { benchListing, type ListingResult, type ListingSize } from "./listing.ts";
import { benchSender, type SenderResult } from "./sender.ts";

const quick = process.argv.includes("--quick");
const size: ListingSize = quick ? { offers: 1_000, users: 10_000, iterations: 200 } : { offers: 10_000, users: 100_000, iterations: 2_000 };
const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

type Opened = { db: Database; env: Record<string, string>; dispose(): Promise<void> };
type Backend = { name: string; open(): Promise<Opened> };

const backends: Backend[] = [
  {
    name: "embedded (PGlite on disk)",
    async open() {
      const dataDir = await mkdtemp(path.join(tmpdir(), "treffpunkt-bench-"));
      const db = await openDatabase({ dataDir });
      return { db, env: { DATA_DIR: dataDir }, dispose: async () => (await db.close().catch(() => {}), await rm(dataDir, { recursive: true, force: true })) };
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
      const db = await openDatabase({ databaseUrl: url.href, dataDir: "unused" });
      return { db, env: { DATABASE_URL: url.href }, dispose: async () => (await db.close().catch(() => {}), await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
    },
  },
];

const results: Record<string, ListingResult | { error: string }> = {};
const senders: Record<string, SenderResult | { error: string }> = {};
const failure = (error: unknown) => ({ error: String((error as Error).message ?? error).slice(0, 300) });
for (const backend of backends) {
  process.stderr.write(`listing on ${backend.name}: seeding ${size.offers} offers, ${size.users} users …\n`);
  let opened: Opened | undefined;
  try {
    opened = await backend.open();
    results[backend.name] = await benchListing(opened.db, size);
    process.stderr.write(`broadcast on ${backend.name} …\n`);
    senders[backend.name] = await benchSender(opened.db, opened.env, quick).catch(failure);
  } catch (error) {
    results[backend.name] = failure(error);
  } finally {
    await opened?.dispose();
  }
}

const rows: string[][] = [["benchmark", "backend", "p50 ms", "p95 ms", "p99 ms", "ratio p95 / reference", "goal"]];
for (const [backend, result] of Object.entries(results)) {
  if ("error" in result) {
    rows.push(["listing", backend, "-", "-", "-", "-", `failed: ${result.error}`]);
    continue;
  }
  const ratio = (p95: number) => (result.reference.p95 > 0 ? (p95 / result.reference.p95).toFixed(1) : "-");
  rows.push(["reference: SELECT 1", backend, ...fmt(result.reference), "1.0", ""]);
  rows.push([`filtered listing, ${size.offers} offers`, backend, ...fmt(result.listing), ratio(result.listing.p95), `p95 < 5 ms: ${result.listing.p95 < 5 ? "met" : "missed"}`]);
  rows.push([`text search, ${size.offers} offers`, backend, ...fmt(result.search), ratio(result.search.p95), ""]);
}
for (const [backend, result] of Object.entries(senders)) {
  if ("error" in result) {
    rows.push(["broadcast", backend, "-", "-", "-", "-", `failed: ${result.error}`]);
    continue;
  }
  const { capped, uncapped, interactive } = result;
  rows.push([`sender, cap ${capped.rate}/s (${capped.sent} msgs)`, backend, `${capped.perSecond}/s`, "", "", `${capped.ratio} of cap`, `≥ 0.97: ${capped.ratio >= 0.97 ? "met" : "missed"}`]);
  rows.push([`sender, no cap (${uncapped.sent} msgs)`, backend, `${uncapped.perSecond}/s`, "", "", "", `≥ 1000/s: ${uncapped.perSecond >= 1000 ? "met" : "missed"}`]);
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
function fmt(p: { p50: number; p95: number; p99: number }): string[] {
  return [p.p50, p.p95, p.p99].map((v) => v.toFixed(2));
}

const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
console.log([line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n"));

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
await writeFile(
  path.resolve(import.meta.dirname, "results.json"),
  `${JSON.stringify({ at: new Date().toISOString(), quick, size, machine, listing: results, broadcast: senders }, null, 2)}\n`,
);
console.log(`\n${quick ? "quick smoke run" : "full run"} on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}; figures in bench/results.json`);
