// Summarizes a V8 .cpuprofile (from `node --cpu-prof`, e.g. `npm run bench -- --cpu-prof`, which
// profiles the app process of the webhook bench) as the functions and the packages or files
// with the most self time, and the packages with the most time spent under them. Self time is
// where the CPU actually was, so it points at what to make cheaper; time under a package
// (its own code and everything it calls, e.g. Prisma and the pg driver and its socket writes)
// says which layer to call less often. Shares are of all sampled time except idle, so they stay
// comparable between a run that was CPU-bound and one that waited on the database.
//   node --import tsx bench/cpu-profile.ts <file.cpuprofile> [top] [skip the first ms]
import { readFile } from "node:fs/promises";
import path from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileEntry = { name: string; ms: number; percent: number };
export type ProfileSummary = { busyMs: number; idleMs: number; functions: ProfileEntry[]; modules: ProfileEntry[]; under: ProfileEntry[] };

const root = path.resolve(import.meta.dirname, "..");

/** "node_modules/@prisma/client", "src/bot/index.ts", "node:internal/…", "(garbage collector)". */
function moduleOf(frame: CallFrame): string {
  const url = frame.url.replace(/^file:\/\//, "");
  if (!url) return frame.functionName.startsWith("(") ? frame.functionName : "(native or V8)";
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  const inModules = url.lastIndexOf("node_modules/");
  if (inModules >= 0) {
    const parts = url.slice(inModules + "node_modules/".length).split("/");
    return `node_modules/${parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  return path.relative(root, url);
}

function functionOf(frame: CallFrame): string {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  const url = frame.url.replace(/^file:\/\//, "");
  const inModules = url.lastIndexOf("node_modules/");
  const file = inModules >= 0 ? url.slice(inModules + "node_modules/".length) : url.startsWith("node:") ? url : path.relative(root, url);
  return `${name} ${file}:${frame.lineNumber + 1}`;
}

/** The time of a phase on the monotonic clock, in µs: what V8 stamps a profile's samples with (see `monotonicUs`). */
export type ProfileWindow = { fromUs: number; toUs: number };

/**
 * Now on the clock of `--cpu-prof`'s timestamps: V8's TimeTicks and Node's hrtime both read
 * CLOCK_MONOTONIC, which is the same for every process of the machine, so the bench can mark a
 * phase of the app's profile from its own process.
 */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * `skip`: a number leaves out the samples of the profile's first milliseconds (the start: module
 * loading and compiling would otherwise outweigh what the load costs); a window keeps only the
 * samples inside it (one phase of the bench).
 */
export async function summarizeProfile(file: string, top = 20, skip: number | ProfileWindow = 0): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  const keep = typeof skip === "number" ? (atUs: number) => atUs - profile.startTime >= skip * 1000 : (atUs: number) => atUs >= skip.fromUs && atUs < skip.toUs;
  let atUs = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    atUs += delta;
    if (keep(atUs)) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });

  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  let idleUs = 0;
  let busyUs = 0;
  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  const under = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, us: number) => totals.set(key, (totals.get(key) ?? 0) + us);
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") {
      idleUs += us;
      continue;
    }
    busyUs += us;
    add(functions, functionOf(frame), us);
    add(modules, moduleOf(frame), us);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const name = moduleOf(byId.get(node)!.callFrame);
      if (name.startsWith("node_modules/") || name.startsWith("src/") || name.startsWith("(garbage")) seen.add(name.startsWith("src/") ? name.split("/").slice(0, 2).join("/") : name);
    }
    for (const name of seen) add(under, name, us);
  }
  const rank = (totals: Map<string, number>): ProfileEntry[] =>
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: Math.round((us / busyUs) * 1000) / 10 }));
  return { busyMs: Math.round(busyUs / 1000), idleMs: Math.round(idleUs / 1000), functions: rank(functions), modules: rank(modules), under: rank(under) };
}

export function formatSummary(summary: ProfileSummary): string {
  const lines = [`busy ${summary.busyMs} ms, idle ${summary.idleMs} ms; share of busy time`, "  under a package or src/ folder (its code and all it calls):"];
  for (const entry of summary.under) lines.push(`    ${entry.percent.toFixed(1).padStart(5)} %  ${String(entry.ms).padStart(6)} ms  ${entry.name}`);
  lines.push("  self time by package or file:");
  for (const entry of summary.modules) lines.push(`    ${entry.percent.toFixed(1).padStart(5)} %  ${String(entry.ms).padStart(6)} ms  ${entry.name}`);
  lines.push("  self time by function:");
  for (const entry of summary.functions) lines.push(`    ${entry.percent.toFixed(1).padStart(5)} %  ${String(entry.ms).padStart(6)} ms  ${entry.name}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top, skipMs] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node --import tsx bench/cpu-profile.ts <file.cpuprofile> [top] [skip the first ms]");
    process.exit(2);
  }
  console.log(formatSummary(await summarizeProfile(file, top ? Number(top) : 25, skipMs ? Number(skipMs) : 0)));
}
