/** Cell conventions shared by every workbook Luoshi writes: escaping, status colours, header style. */
import type ExcelJS from "exceljs";
import type { Status } from "../../../core/domain/status/status.ts";

/**
 * Text that a spreadsheet could take for a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe, so an exported cell can never run as a formula (CSV/formula injection).
 */
export function escapeCellText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Undoes `escapeCellText` when a workbook comes back. */
export function unescapeCellText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Fill colours of the red/amber/green lights (Excel's own good/neutral/bad palette). */
export const STATUS_FILL: Record<Status, string> = {
  done: "FFBDD7EE",
  green: "FFC6EFCE",
  amber: "FFFFEB9C",
  red: "FFFFC7CE",
  not_started: "FFEDEDED",
};

/** Paints a cell with a status colour. */
export function paintStatus(cell: ExcelJS.Cell, status: Status): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FILL[status] } };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

/** Thin borders and wrapped, top-aligned text: the table look offices expect. */
export function frame(cell: ExcelJS.Cell): void {
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.alignment = { wrapText: true, vertical: "top" };
}

/** A bold, grey, centred header row with frozen panes below it. */
export function styleHeader(sheet: ExcelJS.Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber);
  row.font = { bold: true };
  row.eachCell((cell) => {
    frame(cell);
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
  });
  sheet.views = [{ state: "frozen", ySplit: rowNumber }];
}

/** A title merged across the table's width in row 1. */
export function titleRow(sheet: ExcelJS.Worksheet, title: string, width: number): void {
  sheet.mergeCells(1, 1, 1, width);
  const cell = sheet.getCell(1, 1);
  cell.value = escapeCellText(title);
  cell.font = { bold: true, size: 16 };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 30;
}

/** Renders a workbook to .xlsx bytes. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
