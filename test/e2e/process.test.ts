// `npm start` as a real process: exit codes, the help text, start time, a clean stop, and a
// kill -9 in the middle of a broadcast. What runs is what `npm start` runs: the bundle of
// src/main.ts (scripts/build.mjs), built fresh for this file under test-artifacts/.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index.ts";
import { WRITE_EVERY } from "../../src/domain/deliveries.ts";
import { queueBroadcast } from "../support/broadcast.ts";
import { createTestStorage, onPostgres, type TestStorage } from "../support/database.ts";
import { startFakeTelegramServer, TEST_BOT_TOKEN, type FakeTelegramServer } from "../support/fake-telegram.ts";
import { freePort } from "../support/net.ts";
import { commandUpdate } from "../support/updates.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAIN = path.join(ROOT, "test-artifacts", `bundle-${process.pid}`, "main.mjs");

type Run = { code: number | null; stdout: string; stderr: string };

function startMain(env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [MAIN], {
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
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--outdir", path.dirname(MAIN), "--quiet"]);
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
    await rm(path.dirname(MAIN), { recursive: true, force: true });
  });

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

    /** The app in webhook mode on `port` against the fake Telegram; `extra` adds or replaces variables. */
    const webhookEnv = (port: number, extra: Record<string, string> = {}) => ({
      ...storage.env,
      BOT_TOKEN: TEST_BOT_TOKEN,
      BOT_API_ROOT: telegram.apiRoot,
      BOT_MODE: "webhook",
      BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`,
      BOT_WEBHOOK_SECRET: "process-test-secret",
      SERVER_HOST: "127.0.0.1",
      SERVER_PORT: String(port),
      ...extra,
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
      const main = startMain(webhookEnv(port), cwd);
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

    /** The process ids of a process's children (the workers of WORKERS > 1). */
    const childrenOf = (pid: number) =>
      readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    const count = (text: string, message: string) => text.split("\n").filter((line) => line.includes(`"msg":"${message}"`)).length;
    const until = async (what: () => boolean, ms: number) => {
      for (const started = performance.now(); !what() && performance.now() - started < ms; ) await new Promise((r) => setTimeout(r, 50));
      return what();
    };

    it.skipIf(!onPostgres)(
      "when WORKERS=2, then two instances share the port and answer the webhook; a worker killed with kill -9 is replaced; SIGTERM stops both cleanly with exit 0",
      async () => {
        const port = await freePort();
        const main = startMain(webhookEnv(port, { WORKERS: "2" }), cwd);
        expect(await until(() => count(main.output(), "treffpunkt started") === 2, 30_000), main.output()).toBe(true);
        const workers = childrenOf(main.child.pid!);
        expect(workers).toHaveLength(2);

        telegram.api.clear();
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) => telegram.deliver(commandUpdate({ id: 880_000 + i, first_name: `W${i}`, language_code: "de" }, "start"))),
        );
        expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
        expect(new Set(telegram.api.callsTo("sendMessage").map((call) => String((call.payload as { chat_id: unknown }).chat_id))).size).toBe(20);

        process.kill(workers[0]!, "SIGKILL");
        expect(await until(() => count(main.output(), "treffpunkt started") === 3, 30_000), main.output()).toBe(true);
        expect(main.output()).toContain("a worker stopped unexpectedly: starting another");
        expect(childrenOf(main.child.pid!)).toHaveLength(2);
        const after = await telegram.deliver(commandUpdate({ id: 880_100, first_name: "Later", language_code: "de" }, "start"));
        expect(after.status).toBe(200);

        main.child.kill("SIGTERM");
        const run = await main.done;
        expect(run.code, main.output()).toBe(0);
        expect(count(run.stdout, "treffpunkt stopped")).toBe(2);
        expect(run.stdout).not.toContain("second signal");
      },
      90_000,
    );

    it.skipIf(!onPostgres)("when WORKERS=2 and Telegram rejects the token, then the workers do not start over and over: it exits 1", async () => {
      const port = await freePort();
      const run = await startMain(webhookEnv(port, { BOT_TOKEN: "999:wrong-token", WORKERS: "2" }), cwd).done;
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("a worker could not start");
      expect(count(run.stdout, "starting workers")).toBe(1);
    }, 60_000);

    it("when killed with kill -9 in the middle of a broadcast and started again, then every recipient gets it, and only messages in flight at the kill arrive twice", async () => {
      const recipients = 3_000;
      const rate = 500;
      const t0 = performance.now();
      const broadcast = await createTestStorage();
      const open = () => openDatabase({ databaseUrl: broadcast.env.DATABASE_URL, dataDir: broadcast.env.DATA_DIR });
      const seeding = await open();
      await seeding.migrate();
      const chats = await queueBroadcast(seeding.prisma, recipients);
      await seeding.close();
      const port = await freePort();
      // The same command both times; on the embedded database on the same DATA_DIR.
      const env = { ...broadcast.env, BOT_TOKEN: TEST_BOT_TOKEN, BOT_API_ROOT: telegram.apiRoot, BOT_MODE: "webhook", BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`, BOT_WEBHOOK_SECRET: "crash-test-secret", SERVER_HOST: "127.0.0.1", SERVER_PORT: String(port), BROADCAST_RATE: String(rate) };
      const recipientChats = new Set(chats);
      const ours = () => telegram.api.delivered("sendMessage").filter((call) => recipientChats.has(Number(call.payload.chat_id)));
      const before = telegram.api.callsTo("sendMessage").length;
      try {
        // Killed at a random moment between a fifth and two thirds of the way.
        const killAt = Math.round(recipients * (0.2 + Math.random() * 0.47));
        const seeded = performance.now();
        const first = startMain(env, cwd);
        await Promise.race([telegram.api.arrival("sendMessage", () => telegram.api.callsTo("sendMessage").length - before >= killAt), first.done]);
        first.child.kill("SIGKILL");
        const killed = await first.done;
        expect(killed.code, first.output()).toBeNull();
        const sentBeforeKill = ours().length;

        // In flight at the kill: reached Telegram, but the answer was not written (still SENDING).
        const inspect = await open();
        const sending = await inspect.prisma.delivery.findMany({ where: { status: "SENDING" }, select: { user: { select: { telegramId: true } } } });
        await inspect.close();
        const reached = new Set(ours().map((call) => Number(call.payload.chat_id)));
        const inFlight = sending.filter((row) => reached.has(Number(row.user.telegramId))).length;

        const killedAt = performance.now();
        const second = startMain(env, cwd);
        for (const started = Date.now(); new Set(ours().map((call) => Number(call.payload.chat_id))).size < recipients && Date.now() - started < 90_000; ) {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        second.child.kill("SIGTERM");
        expect((await second.done).code, second.output()).toBe(0);

        const received = ours().map((call) => Number(call.payload.chat_id));
        const duplicates = received.length - new Set(received).size;
        const s = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
        console.info(
          `kill -9 after ${sentBeforeKill} of ${recipients} (${onPostgres ? "PostgreSQL" : "embedded"}): ${inFlight} in flight at the kill, ${duplicates} duplicates; ` +
            `seeding ${s(t0, seeded)}, start to kill ${s(seeded, killedAt)}, restart to done ${s(killedAt, performance.now())}`,
        );
        expect(new Set(received)).toEqual(new Set(chats));
        expect(duplicates).toBeLessThanOrEqual(inFlight);
        // The README's bound: the sender's 8 sends awaiting an answer, the answers waiting for
        // their write and those of the write under way.
        expect(inFlight).toBeLessThanOrEqual(8 + 2 * WRITE_EVERY);
        const check = await open();
        const statuses = await check.prisma.delivery.groupBy({ by: ["status"], _count: { _all: true } });
        await check.close();
        expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ SENT: recipients });
      } finally {
        await broadcast.dispose();
      }
    }, 180_000);
  });
});
