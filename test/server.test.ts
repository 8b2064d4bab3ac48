import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { createServer } from "../src/server.ts";

const logger = createLogger({ level: "silent" });

describe("health check", () => {
  it("when the database answers, then /healthz is 200 ok", async () => {
    const server = createServer({ logger, ping: async () => {} });
    const response = await server.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });

  it("when the database fails or hangs, then /healthz is 503", async () => {
    const failing = createServer({ logger, ping: () => Promise.reject(new Error("connection refused")) });
    expect((await failing.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(503);

    const hanging = createServer({ logger, ping: () => new Promise(() => {}) });
    const response = await hanging.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: "unavailable" });
  });

  it("when not in webhook mode, then there is no webhook endpoint", async () => {
    const server = createServer({ logger, ping: async () => {} });
    expect((await server.inject({ method: "POST", url: "/telegram/webhook", payload: {} })).statusCode).toBe(404);
  });
});

describe("stopping the HTTP server", () => {
  const logger = createLogger({ level: "silent" });

  it("when a request never finishes (a client that stopped reading), then close() still returns after the grace and cuts it", async () => {
    const server = createServer({ logger, ping: async () => {}, closeGraceMs: 300 });
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    server.get("/stuck", () => {
      started();
      return new Promise(() => {}); // never answers
    });
    await server.listen({ host: "127.0.0.1", port: 0 });
    const { port } = server.server.address() as { port: number };
    const request = fetch(`http://127.0.0.1:${port}/stuck`).then(
      () => "answered",
      () => "cut",
    );
    await inFlight;

    const begun = performance.now();
    await server.close();
    const tookMs = performance.now() - begun;
    expect(await request).toBe("cut");
    // Generous bound: without the grace, close() would wait for the request for ever.
    expect(tookMs).toBeGreaterThanOrEqual(250);
    expect(tookMs).toBeLessThan(5_000);
  });

  it("when a client opened a connection and sent nothing, then close() returns at once instead of after the grace", async () => {
    const server = createServer({ logger, ping: async () => {}, closeGraceMs: 3_000 });
    await server.listen({ host: "127.0.0.1", port: 0 });
    const { port } = server.server.address() as { port: number };
    const silent = connect(port, "127.0.0.1");
    const closedByServer = new Promise<void>((resolve) => silent.once("close", () => resolve()));
    await new Promise<void>((resolve) => silent.once("connect", () => resolve()));
    // and one kept-alive connection after a finished request, which Node closes by itself
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(answered.status).toBe(200);
    await answered.text();

    const begun = performance.now();
    await server.close();
    const tookMs = performance.now() - begun;
    await closedByServer;
    // Generous bound: before, close() waited the whole grace (3 s) for the silent connection.
    expect(tookMs).toBeLessThan(1_500);
  });
});
