/**
 * `luoshi score`, and the readers judged by the scorer: a seed read from .pdf, .docx, .html or GBK text must
 * score exactly as the seed's own UTF-8 text does, so no format loses an item, unit or target on the way.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath, REPO, runCli } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "luoshi-score-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The scorer's overall numbers for one document extracted from `source`, scored against that seed's gold only. */
function scoreOne(source: string, seedName: string): Record<string, number> {
  const folder = mkdtempSync(join(scratch, "case-"));
  const gold = join(folder, "gold");
  const predicted = join(folder, "predicted");
  mkdirSync(gold);
  copyFileSync(join(REPO, fixturePath(`gold/${seedName}.json`)), join(gold, `${seedName}.json`));
  const run = runCli("extract", source, "--out", predicted);
  expect(run.status).toBe(0);
  renameSync(join(predicted, `${source.split("/").pop()!.replace(/\.[^.]+$/, "")}.json`), join(predicted, `${seedName}.json`));
  const scored = spawnSync(process.execPath, [fixturePath("scorer/score.mjs"), gold, predicted, "--json"], {
    cwd: REPO,
    encoding: "utf8",
  });
  return (JSON.parse(scored.stdout) as { overall: Record<string, number> }).overall;
}

describe("documents in every format score as their text does", () => {
  const SEED_002 = "002_09c50576f1e921a4";
  const SEED_000 = "000_b47b211a24cbbf1b";

  it.each([
    ["seed-002.pdf", SEED_002],
    ["seed-002-paged.pdf", SEED_002],
    ["seed-002.docx", SEED_002],
    ["seed-002.html", SEED_002],
    ["seed-000-gbk.txt", SEED_000],
  ])("%s", (file, seedName) => {
    const fromText = scoreOne(fixturePath(`seeds/${seedName}.txt`), seedName);
    const fromFile = scoreOne(fixturePath(`files/${file}`), seedName);
    expect(fromFile).toEqual(fromText);
    expect(fromFile.items).toBeGreaterThanOrEqual(0.95);
  });
});

describe("luoshi score", () => {
  it("extracts the seeds and prints the scorer's table with every seed and the ALL row", () => {
    const run = runCli("score");
    expect(run.status).toBe(0);
    const rows = run.stdout.split("\n").map((line) => line.split(/\s+/)[0]);
    expect(rows).toEqual(expect.arrayContaining([
      "000_b47b211a24cbbf1b",
      "001_194d833d36750720",
      "002_09c50576f1e921a4",
      "003_5b93ee0ede6f9f1e",
      "004_0aee5bff1bd801be",
      "ALL",
    ]));
    expect(run.stderr).toMatch(/^extracted .+seeds in \d+ ms; scoring against .+gold$/m);
  });

  it("falls back to the repository's seeds, gold and scorer where ../shared is absent (a fresh clone)", () => {
    const clone = join(mkdtempSync(join(scratch, "clone-")), "luoshi");
    for (const path of ["bin", "src", "package.json", "test/fixtures/seeds", "test/fixtures/gold", "test/fixtures/scorer"]) {
      cpSync(join(REPO, path), join(clone, path), { recursive: true });
    }
    symlinkSync(join(REPO, "node_modules"), join(clone, "node_modules"));
    const run = spawnSync(process.execPath, [join(clone, "bin/luoshi.js"), "score"], { encoding: "utf8", timeout: 120_000 });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`extracted ${join(clone, "test/fixtures/seeds")} in `);
    expect(run.stderr).toContain(`scoring against ${join(clone, "test/fixtures/gold")}`);
    expect(run.stdout).toMatch(/^ALL\s+\d/m);
  });

  it("scores a folder given on the command line, skipping files that are not documents", () => {
    const seeds = join(mkdtempSync(join(scratch, "seeds-")), "seeds");
    cpSync(join(REPO, fixturePath("seeds")), seeds, { recursive: true });
    writeFileSync(join(seeds, "README.md"), "# where these seeds come from\n");
    const run = runCli("score", seeds, "--gold", fixturePath("gold"));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ALL\s+\d/m);
  });
});
