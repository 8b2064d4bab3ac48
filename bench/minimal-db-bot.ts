// The second reference for the webhook benchmark, the "minimal database bot": the bare bot
// (bench/bare-bot.ts: fastify, grammY's webhookCallback, the secret header checked, the same fake
// Bot API) plus ONE indexed query per update before its one reply: the sender's user row by
// telegram_id (the unique index on users.telegram_id) in the same seeded database Treffpunkt
// runs on. "Treffpunkt ÷ minimal" is then what Treffpunkt costs beyond the least a bot with a
// database must do (one round trip, one Bot API call), which is fairer than ÷ bare.
// - DATABASE_URL set: the query goes through a `pg` Pool (10 connections, as the app's pool).
// - Else DATA_DIR: the embedded database (PGlite allows one process, so the bench runs this
//   while the app is stopped) is opened here and queried through PGlite directly, no Prisma.
// Reads the variables src/main.ts reads: BOT_TOKEN, BOT_API_ROOT, BOT_WEBHOOK_SECRET,
// SERVER_HOST, SERVER_PORT, DATABASE_URL or DATA_DIR.
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import pg from "pg";
import { acquireDirLock } from "../src/db/dir-lock.ts";
import { pgliteOptions } from "../src/db/pglite-options.ts";
import { WEBHOOK_PATH } from "../src/server.ts";

type Row = { id: number; locale: string };
const SQL = "SELECT id, locale FROM users WHERE telegram_id = $1";

const env = process.env;
let query: (telegramId: number) => Promise<Row | undefined>;
let close: () => Promise<void>;
if (env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  pool.on("error", () => {});
  query = async (telegramId) => (await pool.query<Row>(SQL, [telegramId])).rows[0];
  close = () => pool.end();
} else {
  const dataDir = env.DATA_DIR ?? "./data";
  const lock = await acquireDirLock(dataDir);
  const pglite = new PGlite(path.join(dataDir, "pglite"), pgliteOptions());
  await pglite.waitReady;
  query = async (telegramId) => (await pglite.query<Row>(SQL, [telegramId])).rows[0];
  close = async () => (await pglite.close(), await lock.release());
}

const bot = new Bot(env.BOT_TOKEN ?? "", { client: { apiRoot: env.BOT_API_ROOT } });
bot.on("message", async (ctx) => {
  const user = await query(ctx.from.id);
  await ctx.reply(user ? `Hallo (${user.locale})!` : "Hallo!");
});
bot.on("callback_query", async (ctx) => {
  const user = await query(ctx.from.id);
  await ctx.answerCallbackQuery({ text: user ? `Hallo (${user.locale})!` : "Hallo!" });
});

const server = Fastify();
server.get("/healthz", async () => ({ status: "ok" }));
server.post(WEBHOOK_PATH, webhookCallback(bot, "fastify", { secretToken: env.BOT_WEBHOOK_SECRET }));

await bot.init();
await server.listen({ host: env.SERVER_HOST ?? "127.0.0.1", port: Number(env.SERVER_PORT ?? 3000) });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.close().then(close).then(() => process.exit(0)));
}
