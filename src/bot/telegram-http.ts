// The HTTP client under every Bot API call (grammY's `fetch` option): undici's request() on a
// keep-alive pool instead of node-fetch, grammY's default on Node.
//
// Why: a Bot API call is the biggest cost of an update after the handler itself. Measured on
// the bench machine (20,000 POSTs of an edit to a loopback server, client and server in one
// process): node-fetch about 170 µs of CPU per call, Node's own fetch about 390 µs, undici's
// request() about 107 µs. In the webhook bench node-fetch was 14 % of the app's CPU.
//
// grammY needs only a small part of a Response: `json()`; the retrying fetch above this one
// (telegram-fetch.ts) reads `ok`, `status` and `clone().json()`; file downloads (telegram-files.ts)
// read `arrayBuffer()`. The body is read whole before the answer is returned (Bot API answers
// are small JSON; a downloaded file is at most 20 MB, Telegram's limit), so `clone()` is free.
// Errors are undici's own: a refused connection keeps Node's ECONNREFUSED with syscall
// "connect", a connection that broke after the request has UND_ERR_SOCKET; telegram-errors.ts
// tells the two apart as before.
import { Agent, request, type Dispatcher } from "undici";

type Body = { bytes: Buffer };

/** What grammY and this bot read of a fetch Response, over a body already read. */
class TelegramResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = "basic";
  constructor(
    readonly url: string,
    readonly status: number,
    private readonly rawHeaders: Dispatcher.ResponseData["headers"],
    private readonly body: Body,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  get statusText(): string {
    return "";
  }
  get headers(): Headers {
    const headers = new Headers();
    for (const [name, value] of Object.entries(this.rawHeaders)) {
      if (Array.isArray(value)) for (const one of value) headers.append(name, one);
      else if (value !== undefined) headers.set(name, value);
    }
    return headers;
  }
  async text(): Promise<string> {
    return this.body.bytes.toString("utf8");
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body.bytes.toString("utf8"));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const { bytes } = this.body;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): TelegramResponse {
    return new TelegramResponse(this.url, this.status, this.rawHeaders, this.body);
  }
}

export type TelegramHttpOptions = {
  /** Idle keep-alive connections are closed after this long (Telegram's own servers keep them about a minute). */
  keepAliveMs?: number;
  /** Time to wait for an answer's headers, and between two chunks of its body. */
  timeoutMs?: number;
};

/** A fetch for grammY's client options: `new Bot(token, { client: { fetch: createTelegramHttp() } })`. */
export function createTelegramHttp(options: TelegramHttpOptions = {}): typeof fetch & { close(graceMs?: number): Promise<void> } {
  const { keepAliveMs = 30_000, timeoutMs = 300_000 } = options;
  const dispatcher = new Agent({ keepAliveTimeout: keepAliveMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  // The calls in flight, so that closing can wait for them (undici's own close() cannot be cut short).
  const inFlight = new Set<Promise<unknown>>();
  const call = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const running = send(input, init);
    inFlight.add(running);
    const done = () => void inFlight.delete(running);
    running.then(done, done);
    return running;
  };
  const send = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const answer = await request(url, {
      method: (init?.method ?? "GET") as Dispatcher.HttpMethod,
      headers: init?.headers as Record<string, string> | undefined,
      // grammY sends a string (JSON) or a Node stream (multipart uploads); undici takes both.
      body: (init?.body ?? undefined) as Dispatcher.DispatchOptions["body"],
      signal: init?.signal ?? undefined,
      dispatcher,
    });
    const bytes = Buffer.from(await answer.body.arrayBuffer());
    return new TelegramResponse(url, answer.statusCode, answer.headers, { bytes }) as unknown as Response;
  };
  /** Ends the pool: calls still running get `graceMs` to finish, then their connections are cut. */
  const close = async (graceMs = 2_000): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...inFlight]), grace]);
    clearTimeout(timer);
    if (!dispatcher.destroyed) await dispatcher.destroy();
  };
  return Object.assign(call as typeof fetch, { close });
}
