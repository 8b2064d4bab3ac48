// npm run seed:demo: fills the database (DATABASE_URL, or the embedded one in DATA_DIR) with
// the fictional city of Lindenbrück. Stop the bot first when using the embedded database.
import { parseConfig } from "../src/config.ts";
import { systemClock } from "../src/domain/clock.ts";
import { createServices } from "../src/domain/index.ts";
import { seedDemo, translateDemo } from "./demo/seed.ts";
import { createTranslationProvider } from "../src/translation/index.ts";
import { openDatabaseFromEnv } from "./env-database.ts";

const db = await openDatabaseFromEnv();
try {
  await db.migrate();
  // The bot's own configuration rules (TRANSLATE_*, BOT_TIMEZONE); the seed talks to no
  // Telegram, so a bot token is not needed and a placeholder satisfies the schema.
  const config = parseConfig({ ...process.env, BOT_TOKEN: process.env.BOT_TOKEN || "1:seed" });
  const timezone = config.i18n.timezone;
  // With TRANSLATE_PROVIDER set, the demo offers get every language the provider has.
  const services = createServices({
    db: db.prisma,
    sql: db.query,
    clock: systemClock,
    adminIds: [],
    timezone,
    translationProvider: createTranslationProvider(config.translation),
    translation: { monthlyChars: config.translation.monthlyChars, timeoutMs: config.translation.timeoutMs },
  });
  const counts = await seedDemo(services, { timezone });
  console.log(`Demo city loaded: ${counts.districts} districts, ${counts.organizations} organizations, ${counts.offers} offers.`);
  const translated = await translateDemo(services, systemClock.now());
  if (translated > 0) console.log(`Machine-translated ${translated} language versions (${services.translation.providerName}).`);
} finally {
  await db.close();
}
