/**
 * Background jobs on pg-boss 10: on PostgreSQL through its own connection string, on PGlite through its
 * `db` option. Registers a queue and a worker per job in jobs/registry.ts and the cron schedules.
 */
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/client.ts";
import type { JobDeps } from "../jobs/job.ts";
import { jobs } from "../jobs/registry.ts";
import type { Channels } from "../notify/deliver.ts";

/** pg-boss's `db` adapter over PGlite: parameterless SQL (often several statements) goes to exec, the rest to query. */
export function pgliteAdapter(pglite: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (!values || values.length === 0) {
        const results = await pglite.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return pglite.query(text, values);
    },
  };
}

/** What the job runner needs: the open database and, optionally, a clock and channels (tests fake them). */
export interface JobRunnerOptions {
  database: Database;
  /** the PostgreSQL URL pg-boss connects with (its own pool); required on PostgreSQL */
  url?: string;
  clock: Clock;
  channels?: Channels | null;
  log?: JobDeps["log"];
  /** how often workers poll, in seconds (default 2) */
  pollingIntervalSeconds?: number;
  /** set false to register workers without cron schedules */
  schedule?: boolean;
}

/** A started job runner: send a job, schedule one, stop. */
export interface JobRunner {
  boss: PgBoss;
  send(name: string, data: object): Promise<string | null>;
  stop(): Promise<void>;
}

/** How pg-boss reaches the database: PGlite through the adapter, PostgreSQL through its own connection string (or the app's pool when no URL is known, as in tests). */
function bossConnection(database: Database, url: string | undefined): PgBoss.ConstructorOptions {
  if (database.kind === "pglite" && database.pglite) return { db: pgliteAdapter(database.pglite) };
  const connectionString = url ?? process.env.DATABASE_URL;
  if (connectionString) return { connectionString };
  const pool = database.pool;
  if (!pool) throw new Error("no connection for the job runner");
  return { db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) } };
}

/**
 * Runs `work` with a pg-boss that has no workers or timers of its own, e.g. for the command line to set a
 * schedule that the server's runner then follows.
 */
export async function withBoss<T>(database: Database, work: (boss: PgBoss) => Promise<T>, url?: string): Promise<T> {
  const boss = new PgBoss({ ...bossConnection(database, url), schedule: false, supervise: false });
  await boss.start();
  try {
    for (const job of jobs) await boss.createQueue(job.name);
    return await work(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Starts pg-boss, creates a queue and a worker per job, and schedules the jobs that carry a cron. */
export async function startJobs(options: JobRunnerOptions): Promise<JobRunner> {
  const { database } = options;
  const boss = new PgBoss({ ...bossConnection(database, options.url), schedule: options.schedule ?? true, supervise: true });
  const log = options.log ?? (() => undefined);
  boss.on("error", (error) => log("job runner error", error));
  await boss.start();
  const deps: JobDeps = { db: database.db, clock: options.clock, channels: options.channels ?? null, log };
  for (const job of jobs) {
    await boss.createQueue(job.name);
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (batch) => {
      for (const item of batch) await job.run(item.data, deps);
    });
    if (job.cron && options.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: "Asia/Shanghai" });
  }
  return {
    boss,
    send: (name, data) => boss.send(name, data),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}
