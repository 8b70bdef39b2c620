/** Latency bookkeeping for the province bench: time calls, count their statements, read percentiles off the samples. */
import type { Database } from "../../src/server/db/client.ts";

/** The p-th percentile (0–100) of the samples, nearest rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `task` and returns how long it took in ms with its result. */
export async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await task();
  return { ms: performance.now() - started, result };
}

/** "p50 12.3 ms, p95 45.6 ms" against a goal on the named percentile. */
export function describeLatency(samples: number[], tail: 95 | 99, goalMs: number): string {
  const p50 = percentile(samples, 50);
  const pTail = percentile(samples, tail);
  return `p50 ${p50.toFixed(1)} ms, p${tail} ${pTail.toFixed(1)} ms (goal p${tail} ≤ ${goalMs} ms: ${pTail <= goalMs ? "met" : "MISSED"}; n=${samples.length})`;
}

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
