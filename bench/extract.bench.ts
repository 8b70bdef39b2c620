/**
 * Extraction speed: characters per second over the seeds (many repetitions) and the time for one
 * 20,000-character document (goal: under 50 ms).
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
  for (let r = 0; r < 3; r++) extractPlan(doc);
  const times: number[] = [];
  for (let r = 0; r < DOC_RUNS; r++) {
    const t0 = performance.now();
    extractPlan(doc);
    times.push(performance.now() - t0);
  }
  return {
    "seeds: characters per second": Math.round((chars * REPETITIONS) / seconds),
    "seeds: documents extracted": seeds.length * REPETITIONS,
    "20,000-character document: median ms": Number(median(times).toFixed(2)),
    "20,000-character document: max ms": Number(Math.max(...times).toFixed(2)),
    "20,000-character document: goal": median(times) < 50 ? "met (< 50 ms)" : "MISSED (>= 50 ms)",
  };
}
