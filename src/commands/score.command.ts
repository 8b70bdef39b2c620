/**
 * `luoshi score [SEEDS]` (npm run score): extracts every seed into a temporary folder and runs the shared scorer
 * against the gold plans, printing its report. Defaults to ../shared (seeds, extraction/gold, extraction/score.mjs)
 * and falls back to the copies under test/fixtures when ../shared is absent.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { DEFAULT_MAX_BYTES, isDocumentName } from "../server/files/readers/read-document.ts";
import { describeFailure, EXIT } from "./cli-failure.shared.ts";
import { extractFile, planFileName } from "./extract-file.shared.ts";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** The first of the candidate paths that exists (the shared one, then the repository's copy). */
function firstExisting(...candidates: string[]): string {
  return candidates.find((path) => existsSync(path)) ?? candidates[candidates.length - 1];
}

const DEFAULTS = {
  seeds: () => firstExisting(join(REPO, "../shared/seeds"), join(REPO, "test/fixtures/seeds")),
  gold: () => firstExisting(join(REPO, "../shared/extraction/gold"), join(REPO, "test/fixtures/gold")),
  scorer: () => firstExisting(join(REPO, "../shared/extraction/score.mjs"), join(REPO, "test/fixtures/scorer/score.mjs")),
};

function runNode(args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    child.on("error", fail);
    child.on("close", (code) => done(code ?? EXIT.failure));
  });
}

/** Extracts each document in `seeds` (other files, such as a README, are skipped) into `folder` as <name>.json; returns how many failed. */
async function extractSeeds(seeds: string, folder: string): Promise<number> {
  let failed = 0;
  const names = (await readdir(seeds)).filter(isDocumentName).sort();
  for (const name of names) {
    try {
      const { plan } = await extractFile(join(seeds, name), DEFAULT_MAX_BYTES);
      await writeFile(join(folder, planFileName(name)), JSON.stringify(plan));
    } catch (error) {
      failed += 1;
      process.stderr.write(`luoshi score: ${name}: ${describeFailure(error).message}\n`);
    }
  }
  return failed;
}

/** Runs the command and returns its exit code: the scorer's, or 1 when a seed could not be extracted. */
export async function runScore(seedsArg: string | undefined, options: { gold?: string }): Promise<number> {
  const seeds = resolve(seedsArg ?? DEFAULTS.seeds());
  const gold = resolve(options.gold ?? DEFAULTS.gold());
  const folder = await mkdtemp(join(tmpdir(), "luoshi-score-"));
  try {
    const started = performance.now();
    const failed = await extractSeeds(seeds, folder);
    process.stderr.write(`extracted ${seeds} in ${Math.round(performance.now() - started)} ms; scoring against ${gold}\n`);
    const code = await runNode([DEFAULTS.scorer(), gold, folder, "--verbose"]);
    return failed > 0 ? EXIT.failure : code;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The `score` command for the program in src/cli.ts. */
export const scoreCommand = new Command("score")
  .description("抽取种子文件并评分 / extract the seeds and score them against the gold plans")
  .argument("[seeds]", "folder of seed documents (default ../shared/seeds, else test/fixtures/seeds)")
  .option("--gold <dir>", "gold plans (default ../shared/extraction/gold, else test/fixtures/gold)")
  .action(async (seeds: string | undefined, options: { gold?: string }) => {
    process.exitCode = await runScore(seeds, options);
  });
