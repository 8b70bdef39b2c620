/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a brand-new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close), so test files can run in parallel.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../src/server/db/client.ts";

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database next to the one `serverUrl` names; returns its URL and how to drop it. */
export async function createPostgresDatabase(serverUrl: string) {
  const name = `luoshi_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Opens and migrates a database nobody else uses; `close()` disposes of it. PGlite starts from the install-time
 * template when there is one; `fresh: true` runs initdb and every migration instead.
 */
export async function createTestDatabase(options: { fresh?: boolean } = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ memory: true, fresh: options.fresh });
    await database.migrate();
    return database;
  }
  const scratch = await createPostgresDatabase(serverUrl);
  const database = await openDatabase({ url: scratch.url });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}
