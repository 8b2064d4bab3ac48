// For the npm scripts that work on the database without starting the bot (db:migrate,
// seed:demo): the same DATABASE_URL / DATA_DIR rules as the bot, no BOT_TOKEN needed.
import { loadDotEnv } from "../src/config.ts";
import { openDatabase, type Database } from "../src/db/index.ts";

export async function openDatabaseFromEnv(): Promise<Database> {
  loadDotEnv();
  return openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR || "./data" });
}
