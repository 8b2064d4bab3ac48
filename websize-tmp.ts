import autocannon from "autocannon";
import { openDatabase } from "./src/db/index.ts";
import { seed, NOW } from "./bench/listing.ts";
import { createServices } from "./src/domain/index.ts";
import { fixedClock } from "./src/domain/clock.ts";
import { startWeb } from "./test/support/web.ts";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
const db = await openDatabase({ dataDir: "memory://" });
await db.migrate();
await seed(db, { offers: 10_000, users: 1000, iterations: 1 });
const clock = fixedClock(NOW);
const services = createServices({ db: db.prisma, sql: db.query, clock, adminIds: [], timezone: "Europe/Berlin" });
const web = await startWeb(services, clock);
const session = new Session(); session.connect();
for (const paths of [["/?lang=de"], ["/feeds/offers.json?lang=ar"], ["/feeds/offers.json?lang=ar", "/?lang=de"]]) {
  for (const p of paths) await (await fetch(web.url + p)).arrayBuffer();
  const cpu0 = process.cpuUsage();
  if (paths.length === 2) { await session.post("Profiler.enable"); await session.post("Profiler.start"); }
  const r = await autocannon({ url: web.url, connections: 10, duration: 5, requests: paths.map((p) => ({ method: "GET", path: p, headers: { "accept-encoding": "gzip" } })) });
  if (paths.length === 2) { const { profile } = await session.post("Profiler.stop"); writeFileSync("/tmp/web.cpuprofile", JSON.stringify(profile)); }
  const cpu = process.cpuUsage(cpu0);
  console.log(paths.join(" + "), "req/s", r.requests.average, "this process CPU ms/request (server + autocannon)", ((cpu.user + cpu.system) / 1000 / r.requests.total).toFixed(3));
}
await web.close(); await db.close();
