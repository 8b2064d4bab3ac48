// HTTP: the Telegram webhook (POST /telegram/webhook), the health check (GET /healthz), and the
// public feeds and "What's on" page (src/web).
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "./bot/context.ts";
import type { Logger } from "./logger.ts";
import { registerWebRoutes, type WebDeps } from "./web/routes.ts";

export const WEBHOOK_PATH = "/telegram/webhook";
/** Telegram updates are a few KB; anything far larger is not from Telegram. */
const WEBHOOK_BODY_LIMIT = 1024 * 1024;
const HEALTH_TIMEOUT_MS = 2_000;
/**
 * How long a stop waits for HTTP requests in flight before it cuts their connections. A client
 * that stopped reading a large feed (a hung browser or proxy) would otherwise hold the stop
 * forever; webhook requests answer within 20 s anyway, and the updates they started still run
 * to their end (bot.idle in app.ts).
 */
const CLOSE_GRACE_MS = 10_000;

export type ServerDeps = {
  logger: Logger;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  /** Present in webhook mode. */
  webhook?: { bot: Bot<BotContext>; secret: string | undefined };
  /** The public feeds and the "What's on" page (src/web). */
  web?: WebDeps;
  /** CLOSE_GRACE_MS unless a test shortens it. */
  closeGraceMs?: number;
};

export function createServer({ logger, ping, webhook, web, closeGraceMs = CLOSE_GRACE_MS }: ServerDeps): FastifyInstance {
  const server: FastifyInstance = Fastify({
    // Only warnings and errors: a log line per webhook request would drown everything else.
    loggerInstance: logger.child({ component: "http" }, { level: logger.isLevelEnabled("warn") ? "warn" : logger.level }) as FastifyBaseLogger,
  });

  // On stop, requests in flight finish; their keep-alive connections must then close, or
  // server.close() would wait for the client to hang up (Telegram keeps webhook connections).
  let closing = false;
  let cut: NodeJS.Timeout | undefined;
  // Connections that have not sent a request yet. Node closes a kept-alive connection between
  // two requests on close, but not one that never sent a request (a client that opened it and
  // is still silent): close() would wait the whole grace for it. Nothing of an update has
  // arrived on such a connection, so closing it at once loses nothing.
  const silent = new Set<Socket>();
  server.server.on("connection", (socket: Socket) => {
    silent.add(socket);
    socket.once("close", () => silent.delete(socket));
  });
  server.server.on("request", (request: IncomingMessage) => silent.delete(request.socket));
  server.addHook("preClose", async () => {
    closing = true;
    for (const socket of silent) socket.destroy();
    cut = setTimeout(() => {
      logger.warn({ graceMs: closeGraceMs }, "stopping: cutting HTTP connections still busy after the grace");
      server.server.closeAllConnections();
    }, closeGraceMs).unref();
  });
  server.addHook("onClose", async () => clearTimeout(cut));
  server.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });

  server.get("/healthz", async (_request, reply) => {
    try {
      await withTimeout(ping(), HEALTH_TIMEOUT_MS);
      return { status: "ok" };
    } catch (error) {
      logger.warn({ err: error }, "health check: database does not answer");
      return reply.code(503).send({ status: "unavailable" });
    }
  });

  if (web) registerWebRoutes(server, web);

  if (webhook) {
    const handle = webhookCallback(webhook.bot, "fastify", {
      secretToken: webhook.secret,
      // A slow update must not make Telegram deliver it again: answer 200 and finish in the
      // background instead of failing the request.
      onTimeout: "return",
      timeoutMilliseconds: 20_000,
    });
    server.post(WEBHOOK_PATH, { bodyLimit: WEBHOOK_BODY_LIMIT }, handle);
  }
  return server;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
