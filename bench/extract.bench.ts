/**
 * Extraction speed: characters per second over the seeds (many repetitions), the time for one
 * 20,000-character document and for a real document of four flattened annex tables (goal: under 20 ms each).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { extractPlan } from "../src/core/extract/pipeline.ts";

/** The bench's name in `npm run bench` output. */
export const name = "extract";

const seedsDir = fileURLToPath(new URL("../test/fixtures/seeds/", import.meta.url));
const REPETITIONS = 40;
const DOC_CHARS = 20_000;
const DOC_RUNS = 30;
const GOAL_MS = 20;
/** A real document whose annexes are four tables flattened one cell per line (23,493 characters). */
const tableDoc = fileURLToPath(new URL("../test/fixtures/real/ct001.txt", import.meta.url));

/** Median and max milliseconds of extracting `text`, after a warm-up. */
function time(text: string): { median: number; max: number } {
  for (let r = 0; r < 3; r++) extractPlan(text);
  const times: number[] = [];
  for (let r = 0; r < DOC_RUNS; r++) {
    const t0 = performance.now();
    extractPlan(text);
    times.push(performance.now() - t0);
  }
  return { median: median(times), max: Math.max(...times) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs the measurements and returns them for bench/run.ts to print. */
export async function run(): Promise<Record<string, string | number>> {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8"));
  const chars = seeds.reduce((n, s) => n + s.length, 0);
  for (const s of seeds) extractPlan(s);
  const started = performance.now();
  for (let r = 0; r < REPETITIONS; r++) for (const s of seeds) extractPlan(s);
  const seconds = (performance.now() - started) / 1000;

  let doc = "";
  for (let i = 0; doc.length < DOC_CHARS; i++) doc += seeds[i % seeds.length] + "\n";
  doc = doc.slice(0, DOC_CHARS);
  const prose = time(doc);
  const tables = readFileSync(tableDoc, "utf8");
  const table = time(tables);
  const verdict = (ms: number) => (ms < GOAL_MS ? `met (< ${GOAL_MS} ms)` : `MISSED (>= ${GOAL_MS} ms)`);
  return {
    "seeds: characters per second": Math.round((chars * REPETITIONS) / seconds),
    "seeds: documents extracted": seeds.length * REPETITIONS,
    "20,000-character document: median ms": Number(prose.median.toFixed(2)),
    "20,000-character document: max ms": Number(prose.max.toFixed(2)),
    "20,000-character document: goal": verdict(prose.median),
    [`task tables (${tables.length} characters): median ms`]: Number(table.median.toFixed(2)),
    [`task tables (${tables.length} characters): max ms`]: Number(table.max.toFixed(2)),
    "task tables: goal": verdict(table.median),
  };
}
