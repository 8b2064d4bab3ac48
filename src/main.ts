// Entry point: read the environment, build the app, start it, stop it on SIGINT/SIGTERM. With
// WORKERS > 1 this process supervises that many instances instead (cluster.ts).
import cluster from "node:cluster";
import { GrammyError } from "grammy";
import { createApp } from "./app.ts";
import { serveSupervisor, superviseWorkers } from "./cluster.ts";
import { ConfigError, loadDotEnv, parseConfig, type Config } from "./config.ts";
import { DataDirLockedError } from "./db/dir-lock.ts";
import { createLogger, type Logger } from "./logger.ts";

loadDotEnv();

let config;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const rootLogger = createLogger({ level: config.log.level });
if (config.server.workers > 1 && cluster.isPrimary) superviseWorkers(config.server.workers, rootLogger);
else await runInstance(config, cluster.isWorker ? rootLogger.child({ worker: cluster.worker!.id }) : rootLogger);

async function runInstance(config: Config, logger: Logger): Promise<void> {
  // One bad update must never end the process; anything that escapes is logged loudly.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  let app: Awaited<ReturnType<typeof createApp>> | undefined;

  try {
    app = await createApp(config, { logger });
    await app.start();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      logger.fatal(error.message);
    } else if (error instanceof GrammyError && error.error_code === 401) {
      logger.fatal("Telegram rejected BOT_TOKEN (401 Unauthorized). Check the token with @BotFather.");
    } else {
      logger.fatal({ err: error }, "start failed");
    }
    await app?.stop().catch(() => {});
    process.exit(1);
  }

  let stopping = false;
  const stop = (reason: string) => {
    stopping = true;
    // Where the memory is, in MB (the main thread's JS heap, buffers; RSS is the whole process).
    const memoryMb = Object.fromEntries(Object.entries(process.memoryUsage()).map(([key, bytes]) => [key, Math.round(bytes / 1_048_576)]));
    // Which malloc holds the memory outside V8's heaps (scripts/start.sh preloads jemalloc when the system has it).
    const malloc = process.env.LD_PRELOAD?.includes("jemalloc") ? "jemalloc" : "system";
    // The embedded database's thread has a heap of its own and holds PostgreSQL's memory.
    const databaseThread = app!.db.threadMemoryMb?.().catch(() => undefined) ?? Promise.resolve(undefined);
    databaseThread
      .then((databaseThreadMb) => logger.info({ signal: reason, malloc, memoryMb, ...(databaseThreadMb ? { databaseThreadMb } : {}) }, "stopping"))
      .then(() => app!.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "stop failed");
          process.exit(1);
        },
      );
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (!stopping) return stop(signal);
      logger.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    });
  }
  // A worker of WORKERS > 1: the supervisor's stop is a first signal, never a second.
  serveSupervisor(() => (stopping ? undefined : stop("supervisor")));
}
