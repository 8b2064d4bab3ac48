// Keeps the outbox moving: drains due deliveries every second in the background, separately
// from the interactive bot (its own Api object and a rate cap), and stops gracefully.
import type { DeliverySender } from "../domain/deliveries.ts";
import type { Logger } from "../logger.ts";

export function startOutboxSender({ sender, logger, intervalMs = 1000 }: { sender: DeliverySender; logger: Logger; intervalMs?: number }) {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = sender
      .drain({ signal: controller.signal })
      .then((done) => {
        if (done.sent + done.failed + done.blocked > 0) logger.info({ component: "outbox", ...done }, "deliveries sent");
      })
      .catch((error: unknown) => logger.error({ err: error, component: "outbox" }, "outbox sender failed; retrying"))
      .finally(() => {
        if (!controller.signal.aborted) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);

  return {
    /** Stops claiming; sends in flight finish, unsent claimed rows go back to the queue. */
    async stop(): Promise<void> {
      controller.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
