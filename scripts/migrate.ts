// npm run db:migrate: applies pending migrations without starting the bot (the bot also does
// this on start). Uses DATABASE_URL, or the embedded database under DATA_DIR; stop the bot
// first when using the embedded one.
import { loadDotEnv } from "../src/config.ts";
import { openDatabase } from "../src/db/index.ts";

loadDotEnv();
const db = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR || "./data",
});
try {
  const applied = await db.migrate();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.close();
}
