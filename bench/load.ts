// Load drivers for the webhook benchmark. Both POST Telegram updates to a webhook the way
// Telegram does and time each request from sending until the bot's answer, which grammY's
// webhookCallback gives only after the update was handled (its last Bot API call included).
//
// Updates come in journeys: one tap (a list, an offer) or a whole sign-up, whose taps belong to
// one user and must arrive in order, each after the answer to the one before, as a person would
// send them. Everything a driver sends comes from a JourneySource, so the app and the bare bot
// get the same requests in the same order.
//
// - Saturation: autocannon, closed loop over N keep-alive connections. Its `requests` cycle
//   resets its per-connection `context` every time the cycle wraps, so each connection gets its
//   own one-request cycle (setupClient) whose closure holds the journey in progress; with
//   pipelining 1 a connection sends the next step only after the previous answer.
// - A fixed rate: autocannon's rate limit is a per-connection budget per whole second (it sends
//   the second's requests back to back, then pauses), i.e. bursts, and with a closed loop it
//   hides queueing (coordinated omission). So this is a small open-loop pacer instead: one update
//   every 1/rate s whether or not earlier ones were answered (a sign-up's next step takes the
//   next free slot once its previous step was answered), timed from its planned send time. Like
//   Telegram, which keeps at most 40 connections to a webhook (setWebhook max_connections, the
//   default the app uses), it has at most 40 requests in flight; an update that has to wait for
//   a free connection waits on the sender's side, and that wait counts in its latency.
//
// Latencies go into node:perf_hooks histograms (microseconds); nothing here computes a percentile.
import autocannon from "autocannon";
import { Agent, request } from "node:http";
import { createHistogram, type RecordableHistogram } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";

export type JourneyKind = "list" | "open" | "signup";
/** Updates without update_id; the driver numbers them as it sends them. */
export type Journey = { kind: JourneyKind; updates: object[] };
export type JourneySource = { next(): Journey };
export type Target = { url: string; secret: string };
export type Percentiles = { p50: number; p95: number; p99: number };
export type PhaseResult = {
  /** Updates answered with 2xx, per second of the phase. */
  perSecond: number;
  seconds: number;
  answered: number;
  failed: number;
  latency: Percentiles;
  /** Of every update sent, how many were list taps, offer taps and sign-up steps. */
  sent: Record<JourneyKind, number>;
  /** Sign-up journeys whose every step was answered with 2xx. */
  signupsCompleted: number;
};

const micros = (ms: number) => Math.max(1, Math.round(ms * 1000));
function percentiles(histogram: RecordableHistogram): Percentiles {
  const ms = (p: number) => (histogram.count ? Math.round(histogram.percentile(p) / 10) / 100 : 0);
  return { p50: ms(50), p95: ms(95), p99: ms(99) };
}

/** Numbers updates for one target, across its phases. */
export function updateNumbers(): { body(update: object): string } {
  let next = 1;
  return { body: (update) => JSON.stringify({ update_id: next++, ...update }) };
}

function headersOf(target: Target): Record<string, string> {
  return { "content-type": "application/json", "x-telegram-bot-api-secret-token": target.secret };
}

/** Closed loop: `connections` users' worth of taps, each sent when the previous one was answered. */
export async function saturate(
  target: Target,
  source: JourneySource,
  numbers: ReturnType<typeof updateNumbers>,
  options: { connections: number; seconds: number },
): Promise<PhaseResult> {
  const histogram = createHistogram();
  const sent: Record<JourneyKind, number> = { list: 0, open: 0, signup: 0 };
  if (options.seconds <= 0) return { perSecond: 0, seconds: 0, answered: 0, failed: 0, latency: percentiles(histogram), sent, signupsCompleted: 0 };
  let answered = 0;
  let failed = 0;
  let signupsCompleted = 0;
  const url = new URL(target.url);
  const headers = headersOf(target);

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: "POST",
        headers,
        body: "{}", // replaced per connection below before anything is sent
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        // autocannon notices the end of `duration` only when it samples, by default once a second.
        sampleInt: 250,
        timeout: 30,
        setupClient(client) {
          let steps: object[] = [];
          let kind: JourneyKind = "list";
          // The one request in flight on this connection (pipelining 1).
          let current = { lastSignupStep: false };
          client.setRequests([
            {
              method: "POST",
              path: url.pathname,
              headers,
              setupRequest(request) {
                if (steps.length === 0) {
                  const journey = source.next();
                  kind = journey.kind;
                  steps = [...journey.updates];
                }
                const update = steps.shift()!;
                sent[kind]++;
                current = { lastSignupStep: kind === "signup" && steps.length === 0 };
                return { ...request, body: numbers.body(update) };
              },
              onResponse(status) {
                if (status < 300 && current.lastSignupStep) signupsCompleted++;
              },
            },
          ]);
        },
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) {
        answered++;
        histogram.record(micros(ms));
      } else {
        failed++;
      }
    });
  });
  failed += result.errors;
  return {
    perSecond: Math.round((answered / result.duration) * 10) / 10,
    seconds: result.duration,
    answered,
    failed,
    latency: percentiles(histogram),
    sent,
    signupsCompleted,
  };
}

/** Telegram's default (and most common) limit of concurrent webhook requests to one bot. */
export const TELEGRAM_WEBHOOK_CONNECTIONS = 40;

function post(url: string, headers: Record<string, string>, body: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", agent, headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, timeout: 60_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error("timed out")));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Open loop: one update every 1/rate s, timed from when it was due. */
export async function pace(
  target: Target,
  source: JourneySource,
  numbers: ReturnType<typeof updateNumbers>,
  options: { rate: number; seconds: number },
): Promise<PhaseResult> {
  const histogram = createHistogram();
  const sent: Record<JourneyKind, number> = { list: 0, open: 0, signup: 0 };
  const headers = headersOf(target);
  let answered = 0;
  let failed = 0;
  let signupsCompleted = 0;
  /** Sign-ups whose previous step was answered: their next step goes out in the next slot. */
  const ready: { kind: JourneyKind; steps: object[] }[] = [];
  const inFlight = new Set<Promise<void>>();
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const agent = new Agent({ keepAlive: true, maxSockets: TELEGRAM_WEBHOOK_CONNECTIONS });
  const started = performance.now();

  for (let slot = 0; slot < total; slot++) {
    const due = started + slot * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const journey = ready.shift() ?? (({ kind, updates }) => ({ kind, steps: [...updates] }))(source.next());
    const update = journey.steps.shift()!;
    sent[journey.kind]++;
    const from = Math.max(due, performance.now()); // a slot is never timed before it was due
    const request = (async () => {
      try {
        const status = await post(target.url, headers, numbers.body(update), agent);
        if (status < 200 || status >= 300) throw new Error(`HTTP ${status}`);
        answered++;
        histogram.record(micros(performance.now() - from));
        if (journey.steps.length > 0) ready.push(journey);
        else if (journey.kind === "signup") signupsCompleted++;
      } catch {
        failed++;
      }
    })();
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    perSecond: Math.round((answered / seconds) * 10) / 10,
    seconds: Math.round(seconds * 100) / 100,
    answered,
    failed,
    latency: percentiles(histogram),
    sent,
    signupsCompleted,
  };
}

export type WebLoadResult = {
  /** 2xx responses per second of the phase. */
  perSecond: number;
  seconds: number;
  answered: number;
  /** Non-2xx answers, errors and timeouts. */
  failed: number;
  latency: Percentiles;
  /** 2xx responses per path. */
  byPath: Record<string, number>;
  /** Bytes received per path (as sent: gzip), headers included. */
  bytesByPath: Record<string, number>;
};

export type WebLoadOptions = { connections: number; seconds: number; rate?: number };
/** What one web load measured, before percentiles: the latencies in µs, so that several loads add up. */
export type WebLoadSamples = { seconds: number; answered: number; failed: number; byPath: Record<string, number>; bytesByPath: Record<string, number>; latenciesUs: number[] };

/**
 * GETs of `paths` over keep-alive connections (a city website's and browsers' traffic on the
 * public feeds and page), one autocannon instance per path with its share of the connections,
 * so that the answers per path are counted without reading bodies: an `onResponse` callback
 * makes autocannon decode every body to a string, which for a whole city's feed costs the load
 * generator (and the fake Bot API beside it in this process) more than the app's answer.
 * `rate` (requests/s over all paths, split evenly) makes it an open loop: what a city's traffic
 * looks like, and what "serves N/s while the bot stays fast" means; without it, a closed loop:
 * the most the app serves. Runs on one of webLoadApart's threads.
 */
export async function webLoadSamples(baseUrl: string, paths: string[], options: WebLoadOptions): Promise<WebLoadSamples> {
  const byPath: Record<string, number> = Object.fromEntries(paths.map((p) => [p, 0]));
  const bytesByPath: Record<string, number> = Object.fromEntries(paths.map((p) => [p, 0]));
  const latenciesUs: number[] = [];
  if (options.seconds <= 0) return { seconds: 0, answered: 0, failed: 0, byPath, bytesByPath, latenciesUs };
  let answered = 0;
  let failed = 0;
  const connections = Math.max(1, Math.floor(options.connections / paths.length));
  const results = await Promise.all(
    paths.map(
      (p) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: baseUrl + p,
              connections,
              pipelining: 1,
              duration: options.seconds,
              sampleInt: 250,
              timeout: 30,
              ...(options.rate ? { overallRate: Math.max(1, Math.round(options.rate / paths.length)) } : {}),
              // As browsers and calendar apps ask: the cached gzip form is what they get.
              headers: { "accept-encoding": "gzip" },
            },
            (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
          );
          instance.on("response", (_client, status, bytes, ms) => {
            if (status >= 200 && status < 300) {
              answered++;
              byPath[p]!++;
              bytesByPath[p]! += bytes;
              latenciesUs.push(micros(ms));
            } else {
              failed++;
            }
          });
        }),
    ),
  );
  failed += results.reduce((sum, result) => sum + result.errors, 0);
  return { seconds: Math.max(...results.map((result) => result.duration)), answered, failed, byPath, bytesByPath, latenciesUs };
}

function sumByKey(records: Record<string, number>[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const record of records) for (const [key, n] of Object.entries(record)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

/** Several loads that ran at the same time, as one. */
function summarizeWeb(loads: WebLoadSamples[]): WebLoadResult {
  const histogram = createHistogram();
  for (const load of loads) for (const us of load.latenciesUs) histogram.record(us);
  const answered = loads.reduce((sum, load) => sum + load.answered, 0);
  const seconds = Math.max(0, ...loads.map((load) => load.seconds));
  return {
    perSecond: seconds > 0 ? Math.round((answered / seconds) * 10) / 10 : 0,
    seconds,
    answered,
    failed: loads.reduce((sum, load) => sum + load.failed, 0),
    latency: percentiles(histogram),
    byPath: sumByKey(loads.map((load) => load.byPath)),
    bytesByPath: sumByKey(loads.map((load) => load.bytesByPath)),
  };
}

/**
 * The web load on threads of its own (web-load-worker.ts), one for each path, each with its
 * share of the connections and the rate. On one thread with the fake Bot API
 * and the webhook's pacer, reading about 1,000 cached feeds and pages a second kept that thread
 * at 100 % while the app used a quarter of a core: the figure measured the load generator, not
 * the app. One thread per path tops out near 550 feeds (125 kB each) a second; two per path
 * made things worse on two cores (six runnable threads beside the single-threaded app take
 * CPU share from it: on the embedded database 630/s served and the webhook's p95 at 365 ms).
 */
export async function webLoadApart(baseUrl: string, paths: string[], options: WebLoadOptions): Promise<WebLoadResult> {
  const share = (n: number) => n / paths.length;
  const loads = await Promise.all(
    paths.map(
      (p) =>
        new Promise<WebLoadSamples>((resolve, reject) => {
          const workerData = { baseUrl, paths: [p], options: { ...options, connections: share(options.connections), ...(options.rate ? { rate: share(options.rate) } : {}) } };
          const worker = new Worker(new URL("./web-load-worker.mjs", import.meta.url), { workerData });
          let result: WebLoadSamples | undefined;
          worker.once("message", (message: WebLoadSamples) => (result = message));
          worker.once("error", reject);
          worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`the web load's thread exited with ${code} and no result`))));
        }),
    ),
  );
  return summarizeWeb(loads);
}
