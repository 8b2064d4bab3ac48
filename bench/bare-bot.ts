// The reference for the webhook benchmark: the smallest grammY bot behind the same transport as
// Treffpunkt (fastify, grammY's webhookCallback, the secret header checked, one Bot API call per
// update to the same fake Bot API). It runs as its own process exactly like the app, and gets
// the same requests, so "Treffpunkt ÷ bare" is what Treffpunkt's own work (database,
// conversations, middleware, rendering) costs on this machine in this run, whatever the machine.
// Reads the variables src/main.ts reads: BOT_TOKEN, BOT_API_ROOT, BOT_WEBHOOK_SECRET,
// SERVER_HOST, SERVER_PORT.
import Fastify from "fastify";
import { Bot, webhookCallback } from "grammy";
import { WEBHOOK_PATH } from "../src/server.ts";

const env = process.env;
const bot = new Bot(env.BOT_TOKEN ?? "", { client: { apiRoot: env.BOT_API_ROOT } });
bot.on("message", (ctx) => ctx.reply("Hallo!"));
bot.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: "Hallo!" }));

const server = Fastify();
server.get("/healthz", async () => ({ status: "ok" }));
server.post(WEBHOOK_PATH, webhookCallback(bot, "fastify", { secretToken: env.BOT_WEBHOOK_SECRET }));

await bot.init();
await server.listen({ host: env.SERVER_HOST ?? "127.0.0.1", port: Number(env.SERVER_PORT ?? 3000) });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
