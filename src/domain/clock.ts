// Time is a dependency so that tests and scheduled jobs can run with a fixed `now`.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(to: Date | string): void; advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (to) => void (current = new Date(to)),
    advance: (ms) => void (current = new Date(current.getTime() + ms)),
  };
}

/**
 * Starts at `at` and then moves with real time: for journeys that run the background sender,
 * whose waits (one message per chat per second, backoff) need time to pass.
 */
export function runningClock(at: Date | string): Clock {
  const offset = new Date(at).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
