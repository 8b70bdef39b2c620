/**
 * `luoshi extract FILE... [--out DIR] [--format json|table|text]`: documents to plans. With --out each plan goes
 * to DIR/<name>.json (DIR/<folder>-<name>.json when an earlier input already took <name>); without it the
 * plans go to stdout (one object, or an array for several files). --format table prints a readable outline
 * instead, --format text the text the reader got from the file (both also next to --out). Failures are one
 * line each on stderr; the good files are still written and the exit code says something failed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import type { Plan } from "../core/extract/types.ts";
import { DEFAULT_MAX_BYTES } from "../server/files/readers/read-document.ts";
import { describeFailure, EXIT, stopQuietlyWhenOutputCloses } from "./cli-failure.shared.ts";
import { extractFile, planFileName } from "./extract-file.shared.ts";
import { renderPlanOutline } from "./plan-outline.shared.ts";

const OUTPUT_FORMATS = ["json", "table", "text"] as const;

interface ExtractOptions {
  out?: string;
  format: (typeof OUTPUT_FORMATS)[number];
  maxMb: number;
}

interface Extracted {
  source: string;
  plan: Plan;
  text: string;
}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function printPlans(plans: Extracted[], format: ExtractOptions["format"]): void {
  stopQuietlyWhenOutputCloses();
  if (format === "table") {
    process.stdout.write(`${plans.map(({ plan, source }) => renderPlanOutline(plan, source)).join("\n\n")}\n`);
    return;
  }
  if (format === "text") {
    const texts = plans.map(({ source, text }) => (plans.length > 1 ? `==> ${source} <==\n${text}` : text));
    process.stdout.write(`${texts.join("\n\n")}\n`);
    return;
  }
  const json = plans.length === 1 ? plans[0].plan : plans.map(({ plan }) => plan);
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
}

/** DIR/<name>.json, or for a second input of that name (corpus/001.txt, tables/001.txt) one named after its folder too. */
function freeTarget(out: string, source: string, written: Set<string>): string {
  const name = planFileName(source);
  const withFolder = `${basename(dirname(source))}-${name}`;
  for (const candidate of [name, withFolder]) if (!written.has(join(out, candidate))) return join(out, candidate);
  for (let n = 2; ; n++) {
    const target = join(out, withFolder.replace(/\.json$/, `-${n}.json`));
    if (!written.has(target)) return target;
  }
}

/** Runs the command and returns its exit code. */
export async function runExtract(files: string[], options: ExtractOptions): Promise<number> {
  const maxBytes = Math.round(options.maxMb * 1024 * 1024);
  const extracted: Extracted[] = [];
  const failures: { source: string; exitCode: number }[] = [];
  const written = new Set<string>();
  if (options.out) {
    try {
      await mkdir(options.out, { recursive: true });
    } catch (error) {
      say(`luoshi extract: ${options.out}: ${describeFailure(error).message}`);
      return EXIT.badInput;
    }
  }

  for (const [index, source] of files.entries()) {
    const progress = files.length > 1 ? `[${index + 1}/${files.length}] ` : "";
    try {
      const { plan, text } = await extractFile(source, maxBytes);
      for (const warning of plan.warnings) say(`${source}: ${warning}`);
      if (options.out) {
        const target = freeTarget(options.out, source, written);
        await writeFile(target, `${JSON.stringify(plan, null, 2)}\n`);
        written.add(target);
        if (progress) say(`${progress}${source} -> ${target} (${plan.items.length} items)`);
      } else if (progress) say(`${progress}${source} (${plan.items.length} items)`);
      extracted.push({ source, plan, text });
    } catch (error) {
      const failure = describeFailure(error);
      say(`${progress}luoshi extract: ${source}: ${failure.message}`);
      failures.push({ source, exitCode: failure.exitCode });
    }
  }

  const print = !options.out || options.format !== "json";
  if (print && extracted.length > 0) printPlans(extracted, options.format);
  if (failures.length === 0) return EXIT.ok;
  if (files.length > 1) {
    say(`${failures.length}/${files.length} 个文件失败 / files failed: ${failures.map((f) => f.source).join(", ")}`);
  }
  return failures.some((f) => f.exitCode === EXIT.failure) ? EXIT.failure : EXIT.badInput;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError("需要正数 / not a positive number");
  return number;
}

/** The `extract` command for the program in src/cli.ts. */
export const extractCommand = new Command("extract")
  .description("文件 → 计划 JSON / documents (.txt .docx .pdf .xlsx .html) to plans")
  .argument("<files...>", "documents to read")
  .option("-o, --out <dir>", "write <dir>/<name>.json for each file instead of printing")
  .addOption(new Option("-f, --format <format>", "json; table: a readable outline; text: what the reader read").choices(OUTPUT_FORMATS).default("json"))
  .option("--max-mb <megabytes>", "refuse files larger than this", positiveNumber, DEFAULT_MAX_BYTES / (1024 * 1024))
  .action(async (files: string[], options: ExtractOptions) => {
    process.exitCode = await runExtract(files, options);
  });
