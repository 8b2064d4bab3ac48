// scripts/start.sh, what `npm start` runs: the allocator it chooses, the node flags it passes,
// and that it finds the bundle from wherever it is started. `-p` in place of the app's flags
// makes node print what the started process sees instead of running the bundle.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts", "start.sh");
/** The places start.sh looks for jemalloc, in its order. */
const JEMALLOC_PATHS = [
  "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2",
  "/usr/lib/aarch64-linux-gnu/libjemalloc.so.2",
  "/usr/lib64/libjemalloc.so.2",
  "/usr/lib/libjemalloc.so.2",
  "/usr/local/lib/libjemalloc.so.2",
];
const jemalloc = JEMALLOC_PATHS.find((file) => existsSync(file));

type Seen = { preload: string | null; conf: string | null; execArgv: string[] };
const PRINT = "JSON.stringify({ preload: process.env.LD_PRELOAD ?? null, conf: process.env.MALLOC_CONF ?? null, execArgv: process.execArgv })";

async function run(env: Record<string, string>, args: string[], cwd: string) {
  return promisify(execFile)("sh", [SCRIPT, ...args], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" }),
  );
}
const seen = async (env: Record<string, string>, cwd: string): Promise<Seen> => JSON.parse((await run(env, ["-p", PRINT], cwd)).stdout) as Seen;

describe("scripts/start.sh", () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), "treffpunkt-start-"));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it("when started as is, then node runs with the heap bound, and with jemalloc exactly when the system has it", async () => {
    const process = await seen({}, cwd);
    expect(process.execArgv).toContain("--max-old-space-size=160");
    if (jemalloc) {
      expect(process.preload).toBe(jemalloc);
      expect(process.conf).toContain("dirty_decay_ms:");
    } else {
      expect(process.preload).toBeNull();
      expect(process.conf).toBeNull();
    }
  });

  it("when TREFFPUNKT_MALLOC=system, then nothing is preloaded", async () => {
    const process = await seen({ TREFFPUNKT_MALLOC: "system" }, cwd);
    expect(process.preload).toBeNull();
    expect(process.conf).toBeNull();
  });

  it.runIf(jemalloc)("when MALLOC_CONF or LD_PRELOAD is already set, then it is kept as it is", async () => {
    expect((await seen({ MALLOC_CONF: "narenas:1" }, cwd)).conf).toBe("narenas:1");
    const preset = await seen({ LD_PRELOAD: jemalloc! }, cwd);
    expect(preset.preload).toBe(jemalloc);
    expect(preset.conf).toBeNull(); // the operator chose the preload: no settings of ours with it
  });

  it("when started from another directory without BOT_TOKEN, then it runs the bundle, which exits 1 naming @BotFather", async () => {
    const result = await run({}, [], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("@BotFather");
  });
});
