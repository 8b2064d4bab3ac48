// WORKERS > 1: the process started becomes a supervisor that forks that many workers on the same
// port (node:cluster; the supervisor hands incoming connections to them in turn). Each worker is
// a full instance, exactly like several instances behind a load balancer on PostgreSQL: the
// webhook, the scheduler and the outbox sender, coordinated through the database (claims,
// advisory locks, the shared send rate, LISTEN/NOTIFY for the caches). One Node process uses
// one core for JavaScript; this is how one machine's other cores get used.
//
// - A worker that fails before it started (a wrong token, the database unreachable) stops them
//   all: starting again would fail the same way. One that dies later is replaced after a second.
// - SIGINT/SIGTERM to the supervisor asks every worker to stop as on its own signal (finish the
//   updates in flight, then close), by message: under a terminal's Ctrl-C or systemd's default
//   KillMode the workers get the signal themselves too, and a second signal means "exit now".
//   A second signal to the supervisor kills them.
import cluster, { type Worker } from "node:cluster";
import type { Logger } from "./logger.ts";

/** Worker → supervisor: the instance is up (webhook set, scheduler running). */
export const STARTED_MESSAGE = "treffpunkt:started";
/** Supervisor → worker: stop as on SIGTERM. */
export const STOP_MESSAGE = "treffpunkt:stop";
const RESTART_DELAY_MS = 1_000;

export function superviseWorkers(count: number, logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  const live = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;

  const stopAll = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    for (const worker of live) if (worker.isConnected()) worker.send(STOP_MESSAGE);
    if (live.size === 0) exit(exitCode);
  };

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    let started = false;
    worker.on("message", (message: unknown) => {
      if (message !== STARTED_MESSAGE) return;
      started = true;
      if (stopping) worker.send(STOP_MESSAGE); // the stop came while it was starting
    });
    worker.on("exit", (code, signal) => {
      live.delete(worker);
      if (stopping) {
        if (code) exitCode = Math.max(exitCode, 1);
        if (live.size === 0) exit(exitCode);
        return;
      }
      if (!started) {
        logger.fatal({ worker: worker.id, code, signal }, "a worker could not start: stopping the others");
        stopAll(1);
        return;
      }
      logger.error({ worker: worker.id, code, signal }, "a worker stopped unexpectedly: starting another");
      setTimeout(() => (stopping ? undefined : fork()), RESTART_DELAY_MS);
    });
  };

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) {
        logger.warn({ signal }, "second signal: killing the workers");
        for (const worker of live) worker.process.kill("SIGKILL");
        exit(1);
        return;
      }
      logger.info({ signal, workers: live.size }, "stopping the workers");
      stopAll(0);
    });
  }

  logger.info({ workers: count }, "starting workers");
  for (let i = 0; i < count; i++) fork();
}

/** In a worker: tells the supervisor it is up, and stops when the supervisor asks. */
export function serveSupervisor(stop: () => void): void {
  if (!cluster.isWorker) return;
  process.send?.(STARTED_MESSAGE);
  process.on("message", (message: unknown) => {
    if (message === STOP_MESSAGE) stop();
  });
}
