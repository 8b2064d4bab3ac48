// `npm start` as a real process: exit codes, the help text, start time, and a clean stop.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestStorage, type TestStorage } from "../support/database.ts";
import { startFakeTelegramServer, TEST_BOT_TOKEN, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { freePort } from "../support/net.ts";

const MAIN = path.resolve(import.meta.dirname, "../../src/main.ts");
const TSX = import.meta.resolve("tsx");

type Run = { code: number | null; stdout: string; stderr: string };

function startMain(env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, ["--import", TSX, MAIN], {
    cwd,
    // Only what we pass: no BOT_TOKEN or DATABASE_URL leaks in from the developer's shell.
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, done, output: () => stdout + stderr };
}

describe("the process", () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), "treffpunkt-run-"));
  });
  afterAll(() => rm(cwd, { recursive: true, force: true }));

  it("when BOT_TOKEN is missing, then it exits 1 with how to get one from @BotFather and no stack trace", async () => {
    const run = await startMain({}, cwd).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("@BotFather");
    expect(run.stderr).toContain(".env");
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  });

  it("when BOT_MODE is invalid, then it exits 1 naming BOT_MODE", async () => {
    const run = await startMain({ BOT_TOKEN: TEST_BOT_TOKEN, BOT_MODE: "web" }, cwd).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("BOT_MODE");
    expect(run.stderr).not.toContain("@BotFather");
  });

  describe("with a fake Telegram", () => {
    let telegram: FakeTelegramServer;
    let storage: TestStorage;
    beforeAll(async () => {
      telegram = await startFakeTelegramServer();
      storage = await createTestStorage();
    });
    afterAll(async () => {
      await telegram?.close();
      await storage?.dispose();
    });

    it("when Telegram rejects the token, then it exits 1 saying so", async () => {
      const port = await freePort();
      const run = await startMain(
        { ...storage.env, BOT_TOKEN: "999:wrong-token", BOT_API_ROOT: telegram.apiRoot, SERVER_PORT: String(port), SERVER_HOST: "127.0.0.1" },
        cwd,
      ).done;
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("Telegram rejected BOT_TOKEN");
    });

    it("when started in webhook mode, then /healthz turns healthy, and SIGTERM stops it cleanly with exit 0", async () => {
      const port = await freePort();
      const started = performance.now();
      const main = startMain(
        {
          ...storage.env,
          BOT_TOKEN: TEST_BOT_TOKEN,
          BOT_API_ROOT: telegram.apiRoot,
          BOT_MODE: "webhook",
          BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
          BOT_WEBHOOK_SECRET: "process-test-secret",
          SERVER_HOST: "127.0.0.1",
          SERVER_PORT: String(port),
        },
        cwd,
      );
      let healthy = false;
      while (!healthy && performance.now() - started < 20_000 && main.child.exitCode === null) {
        healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
        if (!healthy) await new Promise((r) => setTimeout(r, 50));
      }
      expect(healthy, main.output()).toBe(true);
      console.info(`start to healthy /healthz: ${Math.round(performance.now() - started)} ms`);

      main.child.kill("SIGTERM");
      const run = await main.done;
      expect(run.code, main.output()).toBe(0);
      expect(run.stdout).toContain("treffpunkt stopped");
    });
  });
});
