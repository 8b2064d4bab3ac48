// Scratch: CPU of the app at idle (not committed).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { startFakeTelegramServer, TEST_BOT_TOKEN } from "../../test/support/fake-telegram.ts";
import { freePort } from "../../test/support/net.ts";
const telegram = await startFakeTelegramServer();
const port = await freePort();
const child = spawn(process.execPath, ["--max-old-space-size=160", "dist/main.mjs"], {
  env: { PATH: process.env.PATH!, DATABASE_URL: process.env.DB!, BOT_TOKEN: TEST_BOT_TOKEN, BOT_API_ROOT: telegram.apiRoot, BOT_MODE: "webhook", BOT_WEBHOOK_URL: `http://127.0.0.1:${port}`, BOT_WEBHOOK_SECRET: "x", SERVER_HOST: "127.0.0.1", SERVER_PORT: String(port) },
  stdio: ["ignore", "ignore", "inherit"],
});
for (;;) { const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false); if (ok) break; await sleep(50); }
const cpu = () => { const f = readFileSync(`/proc/${child.pid}/stat`, "utf8"); const x = f.slice(f.lastIndexOf(")") + 2).split(" "); return (Number(x[11]) + Number(x[12])) / 100; };
await sleep(3000);
const a = cpu(); const t = performance.now();
await sleep(10_000);
console.log(`idle CPU: ${(((cpu() - a) / ((performance.now() - t) / 1000)) * 100).toFixed(1)} % of a core`);
child.kill("SIGTERM"); await sleep(1000); await telegram.close(); process.exit(0);
