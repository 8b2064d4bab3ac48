// npm run db:migrate: applies pending migrations without starting the bot (the bot also does
// this on start). Uses DATABASE_URL, or the embedded database under DATA_DIR; stop the bot
// first when using the embedded one.
import { openDatabaseFromEnv } from "./env-database.ts";

const db = await openDatabaseFromEnv();
try {
  const applied = await db.migrate();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.close();
}
