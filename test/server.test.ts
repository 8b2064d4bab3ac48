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
