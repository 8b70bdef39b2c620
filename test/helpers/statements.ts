/** Counting the SQL statements a piece of work sends: for tests that a read costs a fixed number of statements, and for the benches. */
import type { Database } from "../../src/server/db/client.ts";

/**
 * Counts the statements the app sends while `task` runs, by wrapping the driver's query method (Drizzle calls
 * it on every statement outside a transaction; the bulletin view opens none).
 */
export async function countStatements<T>(database: Database, task: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const driver = (database.pool ?? database.pglite) as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = driver.query;
  let statements = 0;
  driver.query = (...args) => {
    statements++;
    return original.apply(driver, args);
  };
  try {
    const result = await task();
    return { statements, result };
  } finally {
    driver.query = original;
  }
}
