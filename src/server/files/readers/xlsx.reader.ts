/**
 * Excel workbooks (.xlsx), typically a task table (序号 | 重点任务 | 牵头单位 | …): every sheet, each row one line
 * with cells joined by " | ". A cell merged down over several rows repeats in each; one merged across
 * columns is written once.
 */
import ExcelJS from "exceljs";
import { joinCellLines, joinCells } from "./fragments.ts";
import { readerErrors } from "./readers.errors.ts";

type CellValue = ExcelJS.CellValue;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number as the sheet shows it when the format is a percentage (0.085 in a "0.0%" cell reads 8.5%). */
function numberText(value: number, numFmt: string | undefined): string {
  if (numFmt?.includes("%")) return `${Number((value * 100).toFixed(6))}%`;
  return String(Number(value.toFixed(10)));
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberText(value, numFmt);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return valueText(value.result ?? null, numFmt);
  if ("hyperlink" in value) return valueText(value.text, numFmt);
  return "";
}

function cellText(cell: ExcelJS.Cell): string {
  return joinCellLines(valueText(cell.value, cell.numFmt).split(/\r?\n/));
}

function sheetLines(sheet: ExcelJS.Worksheet): string[] {
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col);
      const mergedAcross = cell.isMerged && cell.master !== cell && cell.master.row === cell.row;
      cells.push(mergedAcross ? "" : cellText(cell.isMerged ? cell.master : cell));
    }
    const line = joinCells(cells);
    if (line.replace(/[|\s]/g, "")) lines.push(line);
  });
  return lines;
}

/** Reads an .xlsx file's bytes as text: the sheets in order, a blank line between them. */
export async function readXlsx(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw readerErrors.corrupt("xlsx");
  }
  return workbook.worksheets
    .filter((sheet) => sheet.state === "visible")
    .map((sheet) => sheetLines(sheet).join("\n"))
    .filter(Boolean)
    .join("\n\n");
}
