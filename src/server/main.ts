/**
 * Starts the server: opens the database (PGlite under ./data or LUOSHI_DATA, PostgreSQL with DATABASE_URL),
 * applies migrations, loads the demo on first run, listens on PORT, and closes cleanly on SIGINT/SIGTERM.
 */
import { type App, buildApp } from "./app.ts";
import { systemClock } from "./clock.ts";
import { type Database, type Db, locationFromEnv, openDatabase } from "./db/client.ts";
import { loadDemoData } from "./demo/demo.ts";
import { refreshStaleStatuses } from "./modules/status/status.queries.ts";

/** How to start: port and host to listen on, whether to load the demo and run background jobs. */
export interface StartOptions {
  port: number;
  host: string;
  demo: boolean;
  jobs: boolean;
}

/** Options from the environment: PORT (3000), HOST (127.0.0.1; set 0.0.0.0 to serve other machines), LUOSHI_DEMO=0 to skip the demo, LUOSHI_JOBS=0 the jobs. */
export function startOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StartOptions {
  return { port: Number(env.PORT ?? 3000), host: env.HOST ?? "127.0.0.1", demo: env.LUOSHI_DEMO !== "0", jobs: env.LUOSHI_JOBS !== "0" };
}

function printDemoPasswords(passwords: Record<string, string>, fromEnv: boolean) {
  const lines = Object.entries(passwords).map(([username, password]) => `  ${username.padEnd(11)} ${fromEnv ? "(LUOSHI_DEMO_PASSWORD)" : password}`);
  process.stdout.write(
    ["", "Luoshi demo users (shown once; change them under 用户管理):", ...lines, ""].join("\n") + "\n",
  );
}

/** Loads the demo into an empty database and prints the passwords once; a failure is logged, not fatal. */
async function loadDemo(app: App, db: Db) {
  const started = Date.now();
  try {
    const demo = await loadDemoData({ db, clock: systemClock, password: process.env.LUOSHI_DEMO_PASSWORD });
    if (!demo.loaded) return;
    app.log.info({ plans: demo.plans, demoMs: Date.now() - started }, "demo data loaded");
    printDemoPasswords(demo.passwords, Boolean(process.env.LUOSHI_DEMO_PASSWORD));
  } catch (error) {
    app.log.error({ err: error }, "demo data could not be loaded");
  }
}

/** Starts the pg-boss runner (reminders, scheduled rounds); loaded only now, after the server listens. */
async function startJobRunner(app: App, database: Database) {
  try {
    const { startJobs } = await import("./plugins/jobs.ts");
    const log = (message: string, detail?: unknown) => app.log.warn({ detail }, message);
    const runner = await startJobs({ database, url: process.env.DATABASE_URL || undefined, clock: systemClock, log });
    app.log.info("background jobs started");
    return runner;
  } catch (error) {
    app.log.error({ err: error }, "background jobs could not start");
    return undefined;
  }
}

/** Keeps the statuses gone stale while the server was down (a new day), so the first reader does not wait for them. */
async function keepStaleStatuses(app: App, db: Db) {
  const started = Date.now();
  try {
    const { plans } = await refreshStaleStatuses({ db, clock: systemClock });
    app.log.info({ plans: plans.length, keepMs: Date.now() - started }, "statuses kept");
  } catch (error) {
    app.log.error({ err: error }, "statuses could not be kept at start; reads keep them on demand");
  }
}

/**
 * Starts the server and returns a function that stops it. It listens as soon as the database is migrated;
 * on the first run the demo loads right after, and API requests (not /api/health) wait until it is in.
 */
export async function startServer(options: StartOptions) {
  const started = Date.now();
  const database = await openDatabase(locationFromEnv());
  const openedMs = Date.now() - started;
  await database.migrate();
  const migratedMs = Date.now() - started;
  let demoLoaded = () => {};
  const dataReady = options.demo ? new Promise<void>((resolve) => (demoLoaded = resolve)) : undefined;
  const app = await buildApp({ db: database.db, clock: systemClock, logger: { level: process.env.LOG_LEVEL ?? "info" }, dataReady });
  const builtMs = Date.now() - started;
  let closing: Promise<void> | undefined;
  let jobRunner: Awaited<ReturnType<typeof startJobRunner>>;
  let keeping: Promise<void> | undefined;
  const stop = () => {
    closing ??= (async () => {
      await app.close();
      await jobRunner?.stop();
      await keeping;
      await database.close();
    })();
    return closing;
  };
  // a promise some background work forgot to await (a mail, a webhook) must not take every user's server down
  process.on("unhandledRejection", (reason) => app.log.error({ err: reason }, "unhandled rejection"));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, "closing");
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: options.port, host: options.host });
  const uptimeMs = Math.round(process.uptime() * 1000);
  app.log.info({ database: database.kind, uptimeMs, openedMs, migratedMs, builtMs, listeningMs: Date.now() - started }, "listening");
  if (options.demo) await loadDemo(app, database.db).finally(demoLoaded);
  if (options.jobs && !closing) jobRunner = await startJobRunner(app, database);
  if (!closing) keeping = keepStaleStatuses(app, database.db);
  return { app, database, stop };
}
