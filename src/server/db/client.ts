/** Opens the database: embedded PGlite by default (data under ./data or LUOSHI_DATA), PostgreSQL when a URL is given. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { createPglite } from "./pglite-template.ts";

/** The Drizzle handle every repository takes; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** An open database: the Drizzle handle, the driver underneath (pg-boss needs it), and how to close it. */
export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** set on the embedded database */
  pglite?: PGlite;
  /** set on PostgreSQL */
  pool?: pg.Pool;
  /** applies every migration not yet applied (the same files on both databases) */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Where the committed migrations live. */
export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Where to open the database: a PostgreSQL URL, a PGlite data directory, or memory (tests; `fresh` skips the template). */
export type DatabaseLocation = { url: string } | { dataDir: string } | { memory: true; fresh?: boolean };

/** Reads the location from the environment: DATABASE_URL, else LUOSHI_DATA, else ./data. */
export function locationFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: path.resolve(env.LUOSHI_DATA ?? "data", "pglite") };
}

/** The pool's clients now lent out (tracked from the pool's acquire and release events). */
const checkedOut = new WeakSet<pg.PoolClient>();

/** How long a lent client whose connection died may stay out before the pool takes it back. */
const LEAK_GRACE_MS = 1000;

/**
 * A lent client whose connection died is given back to the pool (and so discarded) if its borrower has not done
 * so within LEAK_GRACE_MS. Drizzle's transaction sends BEGIN before its try/finally, so a connection cut right
 * then would keep the client out forever: ten such cuts and every request would wait for a connection.
 */
function releaseIfLeaked(client: pg.PoolClient, error: Error): void {
  setTimeout(() => {
    if (checkedOut.has(client)) client.release(error);
  }, LEAK_GRACE_MS).unref();
}

/** Opens (but does not migrate) a database at the given location. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  if ("url" in location) {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    // A connection the server drops (restart, failover, pg_terminate_backend) emits "error": on an idle client
    // the pool's event, on a checked-out one (a transaction) the client's own. Without a listener either would
    // crash the process; the pool discards the dead client and opens a new one on the next query, and the query
    // in flight still rejects to its caller (503 database.unavailable, see plugins/errors.ts).
    pool.on("error", () => undefined);
    pool.on("connect", (client) => client.on("error", (error) => releaseIfLeaked(client, error)));
    pool.on("acquire", (client) => checkedOut.add(client));
    pool.on("release", (_error, client) => checkedOut.delete(client));
    const db = drizzlePg(pool) as unknown as Db;
    return {
      db,
      kind: "postgres",
      pool,
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const pglite =
    "dataDir" in location
      ? await createPglite(migrationsFolder, { dataDir: location.dataDir })
      : await createPglite(migrationsFolder, { useTemplate: !location.fresh });
  const drizzled = drizzlePglite(pglite);
  return {
    db: drizzled as unknown as Db,
    kind: "pglite",
    pglite,
    migrate: () => migratePglite(drizzled, { migrationsFolder }),
    close: () => pglite.close(),
  };
}

/** Runs raw SQL and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
