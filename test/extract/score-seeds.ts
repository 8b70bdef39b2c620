/**
 * Extracts every fixture document that has gold (seeds, our own, the dev document d01 and the real
 * documents annotated blind in dev-gold) into a temporary folder and runs the real scorer on it:
 * `npx tsx test/extract/score-seeds.ts [seeds|own|dev|real] [--verbose|--json]`.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extractPlan } from "../../src/core/extract/pipeline.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
/** Where a set's documents and gold live. */
export const SETS = {
  seeds: { docs: join(fixtures, "seeds"), gold: join(fixtures, "gold") },
  own: { docs: join(fixtures, "extract"), gold: join(fixtures, "extract") },
  dev: { docs: join(fixtures, "dev"), gold: join(fixtures, "dev") },
  real: { docs: join(fixtures, "real"), gold: join(fixtures, "dev-gold") },
} as const;

/** Extracts a set into a fresh folder and returns the scorer's output for the given flags. */
export function scoreSet(set: keyof typeof SETS, flags: string[]): string {
  const { docs, gold } = SETS[set];
  const out = mkdtempSync(join(tmpdir(), `luoshi-score-${set}-`));
  // only documents with gold: a real document is not parsed before its gold is written
  const golds = new Set(readdirSync(gold).filter((n) => n.endsWith(".json")).map((n) => basename(n, ".json")));
  for (const f of readdirSync(docs).filter((n) => n.endsWith(".txt") && golds.has(basename(n, ".txt")))) {
    const plan = extractPlan(readFileSync(join(docs, f), "utf8"), { doc: f });
    writeFileSync(join(out, `${basename(f, ".txt")}.json`), JSON.stringify(plan, null, 2));
  }
  const scorer = join(fixtures, "scorer", "score.mjs");
  return execFileSync(process.execPath, [scorer, gold, out, ...flags], { encoding: "utf8" });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const set = (args.find((a) => a in SETS) ?? "seeds") as keyof typeof SETS;
  process.stdout.write(scoreSet(set, args.filter((a) => a.startsWith("--"))));
}
