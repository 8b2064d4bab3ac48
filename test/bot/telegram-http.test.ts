// The HTTP client under the Bot API calls (telegram-http.ts), against a real HTTP server on
// loopback: what grammY, the retrying fetch and file downloads read of an answer, uploads,
// keep-alive, and each network failure as the error rule (telegram-errors.ts) must see it.
import { Bot, InputFile } from "grammy";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { classifyNetworkError } from "../../src/bot/telegram-errors.ts";
import { createRetryingFetch } from "../../src/bot/telegram-fetch.ts";
import { createTelegramHttp } from "../../src/bot/telegram-http.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/fake-telegram.ts";
import { freePort } from "../support/net.ts";

type Handler = (request: IncomingMessage, body: Buffer, response: ServerResponse) => void;
const servers: Server[] = [];
const clients: ReturnType<typeof createTelegramHttp>[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))));
});

async function serve(handler: Handler): Promise<{ root: string; sockets: () => number }> {
  const sockets = new Set<unknown>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handler(request, Buffer.concat(chunks), response));
  });
  server.on("connection", (socket) => sockets.add(socket));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { root: `http://127.0.0.1:${(server.address() as { port: number }).port}`, sockets: () => sockets.size };
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json", "retry-after": "3" });
  response.end(JSON.stringify(body));
};

function client() {
  const http = createTelegramHttp();
  clients.push(http);
  return http;
}

describe("telegram http client", () => {
  it("when grammY calls a method, then the JSON body arrives and the answer comes back, over kept-alive connections", async () => {
    const seen: { method: string; payload: unknown; type?: string }[] = [];
    const api = await serve((request, body, response) => {
      seen.push({ method: request.url!.split("/").pop()!, payload: JSON.parse(body.toString()), type: request.headers["content-type"] });
      json(response, 200, { ok: true, result: { message_id: seen.length, date: 0, chat: { id: 7, type: "private" }, text: "Grüße 👋" } });
    });
    const bot = new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO, client: { apiRoot: api.root, fetch: client() } });

    const first = await bot.api.sendMessage(7, "Hallo, مرحبا 👋");
    const second = await bot.api.sendMessage(7, "Noch einmal");

    expect(first).toMatchObject({ message_id: 1, text: "Grüße 👋" });
    expect(second.message_id).toBe(2);
    expect(seen).toEqual([
      { method: "sendMessage", payload: { chat_id: 7, text: "Hallo, مرحبا 👋" }, type: "application/json" },
      { method: "sendMessage", payload: { chat_id: 7, text: "Noch einmal" }, type: "application/json" },
    ]);
    // undici hands a connection back just after the answer is read, so the second call may
    // open one more; after that they are reused.
    for (let i = 0; i < 18; i++) await bot.api.sendMessage(7, "Und noch einmal");
    expect(api.sockets()).toBeLessThanOrEqual(2);
  });

  it("when a file is uploaded, then the multipart stream arrives whole", async () => {
    let received = "";
    const api = await serve((request, body, response) => {
      received = `${request.headers["content-type"]}\n${body.toString("latin1")}`;
      json(response, 200, { ok: true, result: { message_id: 1, date: 0, chat: { id: 7, type: "private" } } });
    });
    const bot = new Bot(TEST_BOT_TOKEN, { botInfo: TEST_BOT_INFO, client: { apiRoot: api.root, fetch: client() } });
    const calendar = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(2_000);

    await bot.api.sendDocument(7, new InputFile(Buffer.from(calendar), "treffen.ics"));

    expect(received).toMatch(/^multipart\/form-data; boundary=/);
    expect(received).toContain("filename=treffen.ics");
    expect(received).toContain(calendar);
  });

  it("when Telegram answers an error, then status, body (also of a clone) and headers are readable", async () => {
    const api = await serve((_request, _body, response) => json(response, 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }));
    const response = await client()(`${api.root}/bot${TEST_BOT_TOKEN}/sendMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

    expect(response.ok).toBe(false);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.clone().json()).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    expect(await response.json()).toMatchObject({ description: "Too Many Requests: retry after 3" });
  });

  it("when a file is downloaded, then its bytes arrive unchanged", async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
    const api = await serve((_request, _body, response) => (response.writeHead(200, { "content-type": "application/octet-stream" }), response.end(bytes)));
    const response = await client()(`${api.root}/file/bot${TEST_BOT_TOKEN}/documents/file_1.csv`);

    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("when the retrying fetch meets a 500 then a 200, then it repeats an edit once over this client", async () => {
    let calls = 0;
    const api = await serve((_request, _body, response) => (calls++ === 0 ? json(response, 500, { ok: false, error_code: 500, description: "Internal Server Error" }) : json(response, 200, { ok: true, result: true })));
    const retrying = createRetryingFetch({ fetch: client(), minTimeoutMs: 1 });

    const response = await retrying(`${api.root}/bot${TEST_BOT_TOKEN}/editMessageText`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

    expect(await response.json()).toEqual({ ok: true, result: true });
    expect(calls).toBe(2);
  });

  it("when nothing listens, then the error says the request was never sent", async () => {
    const port = await freePort();
    const error = await client()(`http://127.0.0.1:${port}/bot${TEST_BOT_TOKEN}/sendMessage`, { method: "POST", body: "{}" }).catch((e: unknown) => e);

    expect(classifyNetworkError(error, "sendMessage")).toMatchObject({ code: "ECONNREFUSED", action: "backoff", maybeSent: false });
  });

  it("when the connection breaks after the request was sent, then a message may have arrived and is not repeated", async () => {
    const api = await serve((request) => request.socket.destroy());
    const error = await client()(`${api.root}/bot${TEST_BOT_TOKEN}/sendMessage`, { method: "POST", body: "{}" }).catch((e: unknown) => e);

    expect(classifyNetworkError(error, "sendMessage")).toMatchObject({ code: "UND_ERR_SOCKET", action: "give-up", maybeSent: true });
  });

  it("when grammY's signal aborts a call that hangs, then the call ends with an error", async () => {
    const api = await serve(() => {}); // never answers
    const controller = new AbortController();
    const call = client()(`${api.root}/bot${TEST_BOT_TOKEN}/getUpdates`, { method: "POST", body: "{}", signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("when the app stops while a call hangs, then closing the pool ends after its grace and the call fails", async () => {
    const api = await serve(() => {}); // never answers
    const http = client();
    const call = http(`${api.root}/bot${TEST_BOT_TOKEN}/sendMessage`, { method: "POST", body: "{}" }).then(
      () => "answered",
      () => "cut",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    const begun = performance.now();
    await http.close(200);
    // Generous bound: without the grace, close() would wait for the answer for ever.
    expect(performance.now() - begun).toBeLessThan(3_000);
    expect(await call).toBe("cut");
  });
});
