import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PGlite start-up and PostgreSQL database creation take a moment on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Notices and announcements reach the fake Bot API through the background outbox sender,
    // which keeps Telegram's one-message-per-second-per-chat: "eventually" means seconds.
    expect: { poll: { timeout: 10_000 } },
  },
});
