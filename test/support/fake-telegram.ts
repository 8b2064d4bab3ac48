// A fake Telegram Bot API that speaks the real request and response shapes. One core, two
// transports: an in-process `fetch` (bot tier) and an HTTP server on 127.0.0.1 (end to end).
// It records every call, answers with realistic results, can be told to fail the next call
// of a method with a real Telegram error, and in webhook mode delivers updates to the bot.
// With `limits` it enforces Telegram's flood limits like the real one: about 30 messages a
// second per bot and one a second per chat, answering 429 with parameters.retry_after.
// Files users sent (registered by the test: file_id -> bytes) are served like Telegram does:
// getFile gives file_size and file_path (400 "file is too big" above 20 MB), and the bytes are
// at /file/bot<token>/<file_path>.
import { createServer, type IncomingMessage, type Server } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import busboy from "busboy";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";

/** One call; `at` is when it reached the fake (performance.now(), ms). */
export type ApiCall = { method: string; payload: Record<string, any>; at: number; result?: any };
export type TelegramErrorShape = { error_code: number; description: string; parameters?: { retry_after?: number } };
/** A fault: a Telegram error, or "drop": the connection is cut without an answer. */
export type Fault = TelegramErrorShape | "drop";

/** Telegram's flood limits: messages per second for the bot in total and per chat. */
export type FloodLimits = { perSecond?: number; perChatPerSecond?: number };

export const TEST_BOT_TOKEN = "123456:TEST-token_for-the-fake-api";

export const TEST_BOT_INFO: UserFromGetMe = {
  id: 123456,
  is_bot: true,
  first_name: "Treffpunkt",
  username: "treffpunkt_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

/** The largest file the cloud Bot API lets a bot download. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

export function createFakeBotApi(botInfo: UserFromGetMe = TEST_BOT_INFO, options: { limits?: FloodLimits | boolean } = {}) {
  const calls: ApiCall[] = [];
  /** Files users sent: file_id -> bytes, the size Telegram reports and where it serves them. */
  const files = new Map<string, { bytes: Uint8Array; size: number; path: string }>();
  let nextFile = 1;
  let flood = floodLimiter(options.limits);
  const failures = new Map<string, Fault[]>();
  const failedCalls = new WeakSet<ApiCall>();
  let nextMessageId = 1000;
  let webhook: { url: string; secret?: string } | undefined;
  // getUpdates (polling): queued updates and long-poll waiters.
  const pending: Update[] = [];
  let nextUpdateId = 1;
  let wakeUp: (() => void) | undefined;
  const delays = new Map<number, number>();
  let faults: ((method: string, payload: Record<string, any>) => Fault | undefined) | undefined;
  const arrivals: { method: string; matches: (payload: Record<string, any>) => boolean; resolve: (call: ApiCall) => void }[] = [];

  const chatOf = (payload: Record<string, any>) => ({ id: Number(payload.chat_id), type: Number(payload.chat_id) < 0 ? "group" : "private" });
  const message = (payload: Record<string, any>, extra: Record<string, unknown>) => ({
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chatOf(payload),
    from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
    ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    ...extra,
  });

  type Answer = { ok: true; result: unknown } | ({ ok: false } & TelegramErrorShape) | { drop: true };

  async function answer(method: string, payload: Record<string, any>): Promise<Answer> {
    for (const waiter of arrivals.filter((w) => w.method === method && w.matches(payload))) {
      arrivals.splice(arrivals.indexOf(waiter), 1);
      waiter.resolve({ method, payload, at: performance.now() });
    }
    if (method === "getUpdates") return { ok: true, result: await longPoll(payload) };
    const delay = delays.get(Number(payload.chat_id));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    return answerNow(method, payload);
  }

  /** Like Telegram: confirms updates below `offset`, waits up to `timeout` s for new ones. */
  async function longPoll(payload: Record<string, any>): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0);
    while (pending.length && pending[0]!.update_id < offset) pending.shift();
    if (!pending.length) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(Number(payload.timeout ?? 0), 1) * 1000);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return pending.slice(0, Number(payload.limit ?? 100));
  }

  function answerNow(method: string, payload: Record<string, any>): Answer {
    const call: ApiCall = { method, payload, at: performance.now() };
    calls.push(call);
    const answered = answerCall(method, payload);
    // What the bot got back (a sent message with its message_id), for replies to it.
    if ("ok" in answered && answered.ok) call.result = answered.result;
    return answered;
  }

  function answerCall(method: string, payload: Record<string, any>): Answer {
    const queued = flood?.(method, payload) ?? failures.get(method)?.shift() ?? faults?.(method, payload);
    if (queued) {
      failedCalls.add(calls[calls.length - 1]!);
      return queued === "drop" ? { drop: true } : { ok: false, ...queued };
    }
    switch (method) {
      case "getMe":
        return { ok: true, result: botInfo };
      case "setWebhook":
        webhook = { url: payload.url, secret: payload.secret_token };
        return { ok: true, result: true };
      case "deleteWebhook":
        webhook = undefined;
        return { ok: true, result: true };
      case "sendMessage":
        return {
          ok: true,
          result: message(payload, {
            text: payload.text,
            // A reply in a group or chat carries the message it answers, as Telegram's does.
            ...(payload.reply_parameters?.message_id ? { reply_to_message: { message_id: payload.reply_parameters.message_id, date: Math.floor(Date.now() / 1000), chat: chatOf(payload) } } : {}),
          }),
        };
      case "editMessageText":
        return { ok: true, result: message(payload, { message_id: payload.message_id, text: payload.text, edit_date: Math.floor(Date.now() / 1000) }) };
      case "sendVenue":
      case "sendLocation":
        return { ok: true, result: message(payload, { location: { latitude: payload.latitude, longitude: payload.longitude } }) };
      case "getFile": {
        const file = files.get(String(payload.file_id));
        if (!file) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
        if (file.size > TELEGRAM_DOWNLOAD_LIMIT) return { ok: false, error_code: 400, description: "Bad Request: file is too big" };
        return { ok: true, result: { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_size: file.size, file_path: file.path } };
      }
      case "sendDocument":
        return { ok: true, result: message(payload, { document: { file_id: `doc${nextMessageId}`, file_unique_id: `u${nextMessageId}` } }) };
      default:
        return { ok: true, result: true };
    }
  }

  const fake = {
    calls,
    botInfo,
    get webhook() {
      return webhook;
    },
    /**
     * A webhook response that carries a method (grammY's webhook reply): Telegram executes it
     * as if the bot had called it, and nobody sees its result.
     */
    async webhookReply(body: string): Promise<void> {
      if (!body.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return;
      }
      if (!parsed || typeof parsed !== "object" || typeof (parsed as { method?: unknown }).method !== "string") return;
      const { method, ...payload } = parsed as Record<string, any>;
      await answer(method as string, payload);
    },
    /** Calls of one method, in order. */
    callsTo(method: string): ApiCall[] {
      return calls.filter((call) => call.method === method);
    },
    /** Texts the bot sent (sendMessage) or edited to (editMessageText), without bidi marks. */
    textsTo(chatId: number): string[] {
      return calls
        .filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === chatId)
        .map((c) => stripBidi(String(c.payload.text)));
    },
    clear(): void {
      calls.length = 0;
    },
    /**
     * A file a user sends: its bytes under a new file_id (or `fileId`), for a document update.
     * `size` makes Telegram report another size (a 25 MB file without 25 MB of test data).
     */
    registerFile(bytes: Uint8Array, options: { fileId?: string; name?: string; size?: number } = {}): { file_id: string; file_size: number } {
      const fileId = options.fileId ?? `BQACAgIAAxkBAAI${nextFile}`;
      const size = options.size ?? bytes.byteLength;
      files.set(fileId, { bytes, size, path: `documents/file_${nextFile++}${options.name ? path.extname(options.name) : ""}` });
      return { file_id: fileId, file_size: size };
    },
    /** The bytes at a download path (/file/bot<token>/<file_path>), or undefined. */
    download(token: string, filePath: string): Uint8Array | undefined {
      if (token !== TEST_BOT_TOKEN) return undefined;
      calls.push({ method: "file", payload: { file_path: filePath }, at: performance.now() });
      return [...files.values()].find((f) => f.path === filePath)?.bytes;
    },
    /** The next call of `method` fails with this Telegram error (e.g. 429 with retry_after). */
    failNext(method: string, error: Fault): void {
      failures.set(method, [...(failures.get(method) ?? []), error]);
    },
    answer,
    /** Decides per call whether it fails, e.g. 429 for 2% of calls and 403 for some chats. */
    setFaults(decide: typeof faults): void {
      faults = decide;
    },
    /** Calls of a method that succeeded (the ones Telegram would have delivered). */
    delivered(method: string): ApiCall[] {
      return calls.filter((c) => c.method === method && !failedCalls.has(c));
    },
    /** Queues an update for getUpdates (polling mode). */
    queueUpdate(update: Omit<Update, "update_id">): void {
      pending.push({ update_id: nextUpdateId++, ...update } as Update);
      wakeUp?.();
    },
    /**
     * Resolves when the next call of `method` (matching `matches`) reaches the fake, before any
     * delay or answer: from then on the bot is waiting on Telegram.
     */
    arrival(method: string, matches: (payload: Record<string, any>) => boolean = () => true): Promise<ApiCall> {
      return new Promise((resolve) => arrivals.push({ method, matches, resolve }));
    },
    /** Enforces Telegram's flood limits from now on (true: 30 a second in total, 1 per chat), or stops. */
    enforceLimits(limits: FloodLimits | boolean = true): void {
      flood = floodLimiter(limits);
    },
    /** How many 429s the flood limits answered. */
    get tooManyRequests(): number {
      return flood?.answered ?? 0;
    },
    /** Makes every call that targets this chat take `ms` longer (a slow network, a slow chat). */
    delayChat(chatId: number, ms: number): void {
      delays.set(chatId, ms);
    },

    /** In-process transport for `new Bot(token, { client: { fetch } })`. */
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
      const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (download) {
        const bytes = fake.download(decodeURIComponent(download[1]!), decodeURIComponent(download[2]!));
        return bytes ? new Response(bytes) : Response.json({ ok: false, error_code: 404, description: "Not Found" }, { status: 404 });
      }
      const method = url.pathname.split("/").pop() ?? "";
      const body = init?.body;
      const headers = new Headers(init?.headers);
      const payload =
        typeof body === "string"
          ? body
            ? JSON.parse(body)
            : {}
          : body
            ? await parseMultipart(headers.get("content-type") ?? "", Readable.from(body as unknown as AsyncIterable<Uint8Array>))
            : {};
      const result = await answer(method, payload);
      if ("drop" in result) throw new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) });
      return Response.json(result);
    }) as unknown as typeof fetch,
  };
  return fake;
}

export type FakeBotApi = ReturnType<typeof createFakeBotApi>;

/** Methods that send a message and count against the limits (edits and answers do not). */
const SENDING = /^(send|copyMessage|forwardMessage)/;

/**
 * Token buckets as Telegram keeps them: the bot's holds a second's worth of messages and refills
 * at `perSecond`; each chat's holds one message and refills at `perChatPerSecond`. A message
 * finding its bucket empty is answered 429 with the whole seconds until a token is back.
 */
function floodLimiter(limits: FloodLimits | boolean | undefined) {
  if (!limits) return undefined;
  const { perSecond = 30, perChatPerSecond = 1 } = limits === true ? {} : limits;
  type Bucket = { tokens: number; at: number };
  const bot: Bucket = { tokens: perSecond, at: performance.now() };
  const chats = new Map<number, Bucket>();
  /** Takes a token, or answers how many ms until there is one. */
  const take = (bucket: Bucket, rate: number, capacity: number, now: number): number => {
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) * rate) / 1000);
    bucket.at = now;
    if (bucket.tokens >= 1) return 0;
    return ((1 - bucket.tokens) * 1000) / rate;
  };
  const check = Object.assign(
    (method: string, payload: Record<string, any>): TelegramErrorShape | undefined => {
      if (!SENDING.test(method)) return undefined;
      const now = performance.now();
      const chatId = Number(payload.chat_id);
      const chat = chats.get(chatId) ?? { tokens: 1, at: now };
      chats.set(chatId, chat);
      const wait = Math.max(take(bot, perSecond, perSecond, now), take(chat, perChatPerSecond, 1, now));
      if (wait === 0) {
        bot.tokens -= 1;
        chat.tokens -= 1;
        return undefined;
      }
      check.answered++;
      const retryAfter = Math.max(1, Math.ceil(wait / 1000));
      return { error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
    },
    { answered: 0 },
  );
  return check;
}

/**
 * A file the bot uploaded (sendDocument and the like): its bytes as sent (an XLSX stays a
 * valid zip), and `content`, the same bytes read as UTF-8 text, for text files (CSV, .ics, JSON).
 */
export type UploadedFile = { filename: string; bytes: Buffer; readonly content: string };

function uploadedFile(filename: string, bytes: Buffer): UploadedFile {
  return {
    filename,
    bytes,
    get content() {
      return bytes.toString("utf8");
    },
  };
}

/**
 * Parses grammY's multipart uploads with busboy. Fields that hold JSON (reply_markup …) are
 * parsed; "attach://<name>" references are replaced by the uploaded file.
 */
async function parseMultipart(contentType: string, body: NodeJS.ReadableStream): Promise<Record<string, any>> {
  const fields: Record<string, any> = {};
  const files = new Map<string, UploadedFile>();
  await new Promise<void>((resolve, reject) => {
    const parser = busboy({ headers: { "content-type": contentType } });
    parser.on("field", (name, value) => {
      fields[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    });
    parser.on("file", (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => files.set(name, uploadedFile(info.filename ?? name, Buffer.concat(chunks))));
    });
    parser.on("close", resolve);
    parser.on("error", reject);
    body.pipe(parser);
  });
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value.startsWith("attach://")) fields[key] = files.get(value.slice("attach://".length));
  }
  for (const [name, file] of files) if (!(name in fields)) fields[name] = file;
  return fields;
}

/** Strips Fluent's Unicode isolation marks (U+2068, U+2069) for assertions. */
export function stripBidi(text: string): string {
  return text.replace(/[\u2068\u2069]/g, "");
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The fake over HTTP on 127.0.0.1, for the bot's BOT_API_ROOT. */
export async function startFakeTelegramServer(api: FakeBotApi = createFakeBotApi()) {
  const server: Server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? "/", "http://x").pathname;
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(pathname);
    if (download) {
      const bytes = api.download(decodeURIComponent(download[1]!), decodeURIComponent(download[2]!));
      if (!bytes) response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      else response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.byteLength }).end(Buffer.from(bytes));
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(pathname);
    const type = request.headers["content-type"] ?? "";
    const multipart = type.startsWith("multipart/form-data");
    const raw = multipart ? "" : await readBody(request);
    if (!match) {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      return;
    }
    const payload = multipart ? await parseMultipart(type, request) : type.includes("application/json") && raw ? JSON.parse(raw) : {};
    const result = match[1] === TEST_BOT_TOKEN ? await api.answer(match[2]!, payload) : { ok: false, error_code: 401, description: "Unauthorized" };
    if ("drop" in result) {
      request.socket.destroy(); // the connection breaks after the request arrived
      return;
    }
    response.writeHead(result.ok ? 200 : (result as TelegramErrorShape).error_code, { "content-type": "application/json" });
    response.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let updateId = 1;

  return {
    api,
    apiRoot: `http://127.0.0.1:${port}`,
    /**
     * Delivers an update to the registered webhook as Telegram does, and resolves once the bot
     * has answered the request (grammY answers after the update was handled).
     */
    async deliver(update: Omit<Update, "update_id">, options: { secret?: string } = {}): Promise<Response> {
      const hook = api.webhook;
      if (!hook) throw new Error("no webhook registered");
      const headers: Record<string, string> = { "content-type": "application/json" };
      const secret = options.secret ?? hook.secret;
      if (secret !== undefined) headers["x-telegram-bot-api-secret-token"] = secret;
      const response = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify({ update_id: updateId++, ...update }) });
      // Like Telegram, execute a method the response carries (grammY's webhook reply).
      const body = await response.text();
      if (response.ok) await api.webhookReply(body);
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeTelegramServer = Awaited<ReturnType<typeof startFakeTelegramServer>>;
