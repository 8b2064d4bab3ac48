// Keeps the outbox moving: drains due deliveries every second in the background, separately
// from the interactive bot (its own Api object and a rate cap), and stops gracefully. `wake`
// starts a drain at once (something was queued here, or another instance said so).
import type { DeliverySender } from "../domain/deliveries.ts";
import type { Logger } from "../logger.ts";

export function startOutboxSender({ sender, logger, intervalMs = 1000 }: { sender: DeliverySender; logger: Logger; intervalMs?: number }) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let draining = false;
  let wokenWhileDraining = false;

  const tick = () => {
    clearTimeout(timer);
    draining = true;
    wokenWhileDraining = false;
    running = sender
      .drain({ signal: controller.signal })
      .then((done) => {
        if (done.sent + done.failed + done.blocked > 0) logger.info({ component: "outbox", ...done }, "deliveries sent");
      })
      .catch((error: unknown) => logger.error({ err: error, component: "outbox" }, "outbox sender failed; retrying"))
      .finally(() => {
        draining = false;
        if (!controller.signal.aborted) timer = setTimeout(tick, wokenWhileDraining ? 0 : intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);

  return {
    /** Drains now, or right after the drain in progress (which may have claimed before the news). */
    wake(): void {
      if (controller.signal.aborted) return;
      if (draining) wokenWhileDraining = true;
      else tick();
    },
    /** Stops claiming; sends in flight finish, unsent claimed rows go back to the queue. */
    async stop(): Promise<void> {
      controller.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
