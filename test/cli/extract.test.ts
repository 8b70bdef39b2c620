/**
 * `luoshi extract` run as a user runs it: real files in, JSON or an outline out, one clear line and a telling
 * exit code for each file it cannot read.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/core/extract/types.ts";
import { fixturePath, REPO, runCli, runCliIntoClosedPipe } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "luoshi-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a scratch input file and returns its path. */
function scratchFile(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

const half = (path: string) => readFileSync(path).subarray(0, Math.floor(readFileSync(path).length / 2));
const STACK_LINE = /^\s+at /m;

describe("luoshi extract: output", () => {
  it("prints one plan as JSON for one file", () => {
    const run = runCli("extract", fixturePath("files/seed-002.docx"));
    expect(run.status).toBe(0);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(plan.doc).toBe("seed-002.docx");
    expect(plan.meta.docNumber).toBe("鄂州政发〔2018〕19号");
    const first = plan.items.find((item) => item.path.join("/") === "一/(一)");
    expect(first?.targets.map((t) => [t.metric, t.value, t.unit, t.cmp])).toContainEqual(["规模以上工业增加值", 8, "%", ">="]);
  });

  it("prints an array of plans for several files", () => {
    const run = runCli("extract", fixturePath("files/task-table.docx"), fixturePath("files/task-table.xlsx"));
    expect(run.status).toBe(0);
    const plans = JSON.parse(run.stdout) as Plan[];
    expect(plans.map((plan) => plan.doc)).toEqual(["task-table.docx", "task-table.xlsx"]);
    for (const plan of plans) {
      const row = plan.items.find((item) => item.anchor.startsWith("新增规上工业企业"));
      expect(row?.lead).toEqual(["市经信局"]);
      expect(row?.support).toEqual(["市市场监管局"]);
    }
    expect(run.errorLines).toEqual([
      "[1/2] test/fixtures/files/task-table.docx (4 items)",
      "[2/2] test/fixtures/files/task-table.xlsx (3 items)",
    ]);
  });

  it("writes DIR/<name>.json for each file with --out and prints nothing", () => {
    const out = join(scratch, "out");
    const run = runCli("extract", fixturePath("files/seed-002.pdf"), fixturePath("files/gov-page.html"), "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(readdirSync(out).sort()).toEqual(["gov-page.json", "seed-002.json"]);
    const plan = JSON.parse(readFileSync(join(out, "seed-002.json"), "utf8")) as Plan;
    expect(plan.doc).toBe("seed-002.pdf");
    expect(plan.items.length).toBeGreaterThan(10);
  });

  it("writes two inputs of the same name to two files, the second named after its folder", () => {
    const out = join(scratch, "same-names");
    mkdirSync(join(scratch, "tables"), { recursive: true });
    const second = join(scratch, "tables", "seed-002.txt");
    writeFileSync(second, readFileSync(fixturePath("seeds/002_09c50576f1e921a4.txt")));
    const run = runCli("extract", fixturePath("files/seed-002.pdf"), second, "--out", out);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["seed-002.json", "tables-seed-002.json"]);
    expect(run.errorLines[1]).toContain("tables-seed-002.json");
  });

  it("prints a readable outline with --format table", () => {
    const run = runCli("extract", fixturePath("files/task-table.docx"), "--format", "table");
    expect(run.status).toBe(0);
    const outline = run.stdout.split("\n");
    expect(outline[0]).toBe("test/fixtures/files/task-table.docx  (4 items)");
    expect(outline).toContain("  标题 title: 某市2024年制造业高质量发展重点任务分解表");
    expect(outline).toContain("1  [任务 task] 规模以上工业增加值增长8%以上…");
    expect(outline).toContain("    指标 target: 规模以上工业增加值 >= 8 %");
    expect(outline).toContain("    牵头 lead: 市经信局");
    expect(outline).toContain("    配合 support: 市统计局、各区人民政府");
    expect(run.stdout).not.toContain("{");
  });

  it("writes the JSON and prints the outline with --out and --format table together", () => {
    const out = join(scratch, "both");
    const run = runCli("extract", fixturePath("files/numbered.docx"), "--out", out, "--format", "table");
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(["numbered.json"]);
    expect(run.stdout.split("\n")).toContain("    1  [任务 task] 建立重点企业联系制度");
  });

  it("prints the text the reader got with --format text, the text every span points into", () => {
    const run = runCli("extract", fixturePath("files/workbook.xlsx"), "--format", "text");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toContain("2 | 培育省级隐形冠军企业30家以上 | 市经信局 | 市科技局、各区人民政府 | 每年");
    const json = runCli("extract", fixturePath("files/workbook.xlsx"));
    const plan = JSON.parse(json.stdout) as Plan;
    const text = run.stdout.replace(/\n$/, "");
    expect(plan.items.length).toBeGreaterThan(1);
    for (const item of plan.items) expect(text.slice(...item.span)).toContain(item.anchor);
  });

  it("prints the plan's warning on stderr and exits 0 for text with no numbering", () => {
    const path = scratchFile("prose.txt", "各单位要高度重视,认真组织实施,确保取得实效。\n");
    const run = runCli("extract", path);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Plan).items).toEqual([]);
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toContain("No numbered items");
  });
});

describe("luoshi extract: files it cannot read", () => {
  const bigFile = () => {
    const path = scratchFile("big.txt", "");
    truncateSync(path, 50 * 1024 * 1024);
    return path;
  };
  it.each([
    ["an empty file", () => scratchFile("empty.txt", ""), "文件为空 / The file is empty (files.empty)"],
    ["a binary file named .txt", () => scratchFile("binary.txt", readFileSync(fixturePath("files/seed-002.pdf"))), "(files.binary_text)"],
    ["a corrupt .docx", () => scratchFile("broken.docx", half(fixturePath("files/seed-002.docx"))), "(files.corrupt)"],
    ["a corrupt .pdf", () => scratchFile("broken.pdf", half(fixturePath("files/seed-002.pdf"))), "(files.corrupt)"],
    ["a scanned .pdf", () => fixturePath("files/scanned.pdf"), "(run OCR on a scanned document first) (files.no_text)"],
    ["a 50 MB file", bigFile, "The file is 50 MB, over the 20 MB limit (files.too_large)"],
    ["an unsupported extension", () => scratchFile("notice.doc", "not really word"), "(files.unsupported_type)"],
    ["a missing file", () => join(scratch, "missing.txt"), "找不到该文件 / No such file (files.not_found)"],
  ])("%s: one line on stderr, exit code 2", (_, makePath, message) => {
    const path = makePath();
    const run = runCli("extract", path);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.errorLines).toHaveLength(1);
    expect(run.errorLines[0]).toMatch(/^luoshi extract: .+: .*[\u4e00-\u9fff].* \/ [\x20-\x7e]+ \(files\.[a-z_]+\)$/);
    expect(run.errorLines[0]).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("refuses an --out that is a file, in one line", () => {
    const notAFolder = scratchFile("plans.json", "{}");
    const run = runCli("extract", fixturePath("files/task-table.xlsx"), "--out", notAFolder);
    expect(run.status).toBe(2);
    expect(run.errorLines).toEqual([
      `luoshi extract: ${notAFolder}: 输出位置已存在且不是目录 / The output path exists and is not a folder (files.not_a_directory)`,
    ]);
  });

  it("writes the good files, lists the failed ones and exits non-zero when some fail", () => {
    const out = join(scratch, "mixed");
    const empty = scratchFile("empty-too.txt", "");
    const run = runCli("extract", fixturePath("files/task-table.xlsx"), empty, "--out", out);
    expect(run.status).toBe(2);
    expect(readdirSync(out)).toEqual(["task-table.json"]);
    expect(run.errorLines.at(-1)).toBe(`1/2 个文件失败 / files failed: ${empty}`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("stops quietly when the reader of its output goes away (luoshi extract … | head)", async () => {
    const corpus = readdirSync(fixturePath("corpus")).map((name) => fixturePath(`corpus/${name}`));
    const run = await runCliIntoClosedPipe("extract", ...corpus);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain("EPIPE");
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("rejects an unknown --format with commander's usage error", () => {
    const run = runCli("extract", fixturePath("files/task-table.xlsx"), "--format", "yaml");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("Allowed choices are json, table");
  });
});

describe("luoshi extract: the real corpus", () => {
  /** The repository's copy of ../shared/corpus, else the shared folder itself. */
  const corpusFolder = [join(REPO, fixturePath("corpus")), join(REPO, "../shared/corpus")].find((path) => existsSync(path));

  it("extracts every corpus document in one run, quickly, each into a plan with items", () => {
    expect(corpusFolder).toBeDefined();
    const corpus = readdirSync(corpusFolder!).filter((name) => name.endsWith(".txt"));
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    const out = join(scratch, "corpus");
    const started = performance.now();
    const run = runCli("extract", ...corpus.map((name) => join(corpusFolder!, name)), "--out", out);
    const seconds = (performance.now() - started) / 1000;
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(seconds).toBeLessThan(30);
    const plans = readdirSync(out).map((name) => JSON.parse(readFileSync(join(out, name), "utf8")) as Plan);
    expect(plans).toHaveLength(corpus.length);
    for (const plan of plans) expect(plan.items.length, plan.doc).toBeGreaterThan(0);
  });
});
