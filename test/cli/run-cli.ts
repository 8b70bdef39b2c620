/** Runs the real `luoshi` command (node bin/luoshi.js) as a user would, capturing its output and exit code. */
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/luoshi.js", import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** non-empty stderr lines */
  errorLines: string[];
}

/** `luoshi ...args` from the repository root. */
export function runCli(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: "utf8", timeout: 120_000 });
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    errorLines: run.stderr.split("\n").filter((line) => line.trim()),
  };
}

/** A path under test/fixtures, relative to the repository root (as a user would type it there). */
export const fixturePath = (path: string) => `test/fixtures/${path}`;

/** `luoshi ...args` whose reader stops after the first chunk of output, as `luoshi … | head -1` does. */
export function runCliIntoClosedPipe(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (status) => done({ status, stderr }));
  });
}
