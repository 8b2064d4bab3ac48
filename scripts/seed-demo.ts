// npm run seed:demo: fills the database (DATABASE_URL, or the embedded one in DATA_DIR) with
// the fictional city of Lindenbrück. Stop the bot first when using the embedded database.
import { systemClock } from "../src/domain/clock.ts";
import { createServices } from "../src/domain/index.ts";
import { seedDemo, translateDemo } from "./demo/seed.ts";
import { openDatabaseFromEnv } from "./env-database.ts";

const db = await openDatabaseFromEnv();
try {
  await db.migrate();
  const timezone = process.env.BOT_TIMEZONE || "Europe/Berlin";
  // The translation provider of TRANSLATE_PROVIDER goes here (translationProvider) once the
  // configuration has it; without one the offers keep the languages the demo data brings.
  const services = createServices({ db: db.prisma, clock: systemClock, adminIds: [], timezone });
  const counts = await seedDemo(services, { timezone });
  console.log(`Demo city loaded: ${counts.districts} districts, ${counts.organizations} organizations, ${counts.offers} offers.`);
  const translated = await translateDemo(services, systemClock.now());
  if (translated > 0) console.log(`Machine-translated ${translated} language versions (${services.translation.providerName}).`);
} finally {
  await db.close();
}
