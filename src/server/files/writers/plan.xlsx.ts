/**
 * A plan with its status as .xlsx, in the layout offices already use (序号 | 工作内容 | 目标任务 | 责任单位)
 * plus 完成时限, 进展情况, 本期数值, 状态 (coloured) and 原因 columns. Section headings span the row.
 */
import ExcelJS from "exceljs";
import { STATUS_WORDS, type Status } from "../../../core/domain/status/status.ts";
import { escapeCellText, frame, paintStatus, styleHeader, titleRow, workbookBuffer } from "./xlsx-cells.ts";

/** One outline row of the export: a section heading or a task with its latest report and status. */
export interface PlanExportRow {
  /** the number as printed: "一", "（一）", "1" */
  no: string;
  /** a heading row (一、发展目标) spans the table; its other fields are ignored */
  section: boolean;
  task: string;
  /** the item's targets as quoted, one per line */
  targets: string[];
  lead: string[];
  support: string[];
  owners: string[];
  deadline: string | null;
  progress: string | null;
  /** reported values, e.g. "规上工业增加值增速：7.9%" */
  values: string[];
  status: Status | null;
  reason: string | null;
}

export interface PlanExportDto {
  title: string;
  /** the period or date the progress columns are as of, e.g. "2025年9月" */
  asOf: string;
  rows: PlanExportRow[];
}

const COLUMNS = [
  { header: "序号", width: 8 },
  { header: "工作内容", width: 48 },
  { header: "目标任务", width: 36 },
  { header: "责任单位", width: 24 },
  { header: "完成时限", width: 14 },
  { header: "进展情况", width: 40 },
  { header: "本期数值", width: 24 },
  { header: "状态", width: 9 },
  { header: "原因", width: 40 },
] as const;

function unitsText(row: PlanExportRow): string {
  const parts: string[] = [];
  if (row.lead.length) parts.push(`牵头：${row.lead.join("、")}`);
  if (row.support.length) parts.push(`配合：${row.support.join("、")}`);
  if (row.owners.length) parts.push(`负责：${row.owners.join("、")}`);
  return parts.join("\n");
}

/** Renders a plan export to .xlsx bytes; every text cell is escaped against formula injection. */
export async function renderPlanXlsx(dto: PlanExportDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("任务进展", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  titleRow(sheet, `${dto.title}（截至${dto.asOf}）`, COLUMNS.length);
  sheet.addRow(COLUMNS.map((c) => c.header));
  styleHeader(sheet, 2);
  for (const r of dto.rows) {
    if (r.section) {
      const row = sheet.addRow([escapeCellText(`${r.no}、${r.task}`)]);
      sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
      row.font = { bold: true };
      frame(row.getCell(1));
      continue;
    }
    const row = sheet.addRow(
      [
        r.no,
        r.task,
        r.targets.join("\n"),
        unitsText(r),
        r.deadline ?? "",
        r.progress ?? "",
        r.values.join("\n"),
        r.status ? STATUS_WORDS[r.status] : "",
        r.reason ?? "",
      ].map(escapeCellText),
    );
    row.eachCell({ includeEmpty: true }, frame);
    const statusCell = row.getCell(8);
    statusCell.alignment = { horizontal: "center", vertical: "top" };
    if (r.status) paintStatus(statusCell, r.status);
  }
  return workbookBuffer(workbook);
}
