/**
 * Outputs: a bulletin (.docx) for a 500-task plan (goal ≤ 2 s), reading back a unit's filled workbook of
 * 4,000 rows, and importing a 4,000-row task table (.xlsx → text → plan) (goals ≤ 5 s). Each is timed as
 * the median of a few runs after one warm-up.
 */
import ExcelJS from "exceljs";
import { extractPlan } from "../src/core/extract/pipeline.ts";
import { readXlsx } from "../src/server/files/readers/xlsx.reader.ts";
import { renderBulletin } from "../src/server/files/writers/bulletin.docx.ts";
import { renderBulletinHtml } from "../src/server/files/writers/bulletin.html.ts";
import { sampleBulletin } from "../src/server/files/writers/bulletin.sample.ts";
import { renderRoundWorkbook } from "../src/server/files/writers/round-workbook.xlsx.ts";
import { readRoundWorkbook } from "../src/server/files/workbook/round-workbook.reader.ts";
import { sampleRoundWorkbook } from "../src/server/files/workbook/round-workbook.sample.ts";

export const name = "outputs: bulletin and workbook round trip";

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function run(): Promise<Record<string, string | number>> {
  const bulletin = sampleBulletin(500);
  let docxBytes = 0;
  const docxMs = await median(5, async () => {
    docxBytes = (await renderBulletin(bulletin)).length;
  });
  const htmlMs = await median(5, async () => renderBulletinHtml(bulletin));

  // 2,000 items with one target each: 2,000 rows on 工作进展 and 2,000 on 指标数值 = 4,000 data rows
  const round = sampleRoundWorkbook(2000, 1);
  round.items.forEach((item, i) => {
    item.progress = `第${i + 1}项：本月完成投资${i}万元，项目按计划推进`;
    item.targets[0].current = 6 + (i % 30) / 10;
  });
  const workbook = await renderRoundWorkbook(round);
  const writeMs = await median(3, () => renderRoundWorkbook(round));
  let rows = 0;
  let errors = -1;
  const readMs = await median(3, async () => {
    const reading = await readRoundWorkbook(workbook, round);
    rows = reading.reports.length + reading.reports.reduce((sum, r) => sum + r.values.length, 0);
    errors = reading.errors.length;
  });
  // a task table as offices keep it: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, 4,000 rows
  const table = new ExcelJS.Workbook();
  const sheet = table.addWorksheet("任务分解表");
  sheet.addRow(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]);
  for (let i = 1; i <= 4000; i++) {
    sheet.addRow([i, `推进第${i}批重点企业技术改造，新增规上工业企业不少于${(i % 20) + 1}家`, "市经信局", "市财政局、市发改委", "2025年12月底"]);
  }
  const tableBytes = Buffer.from(await table.xlsx.writeBuffer());
  let tasks = 0;
  const tableMs = await median(3, async () => {
    tasks = extractPlan(await readXlsx(tableBytes), { doc: "任务分解表.xlsx" }).items.length;
  });

  return {
    "bulletin .docx, 500 tasks (goal ≤ 2000 ms)": `${docxMs.toFixed(0)} ms, ${(docxBytes / 1024).toFixed(0)} KiB`,
    "bulletin HTML preview, 500 tasks": `${htmlMs.toFixed(1)} ms`,
    "unit workbook written, 4,000 rows": `${writeMs.toFixed(0)} ms, ${(workbook.length / 1024).toFixed(0)} KiB`,
    "unit workbook read back, 4,000 rows (goal ≤ 5000 ms)": `${readMs.toFixed(0)} ms, ${rows} rows, ${errors} errors`,
    "task table .xlsx → plan, 4,000 rows (goal ≤ 5000 ms)": `${tableMs.toFixed(0)} ms, ${tasks} items`,
  };
}
