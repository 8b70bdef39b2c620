/** Latency bookkeeping for the province bench: time calls and read percentiles off the samples. */

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
