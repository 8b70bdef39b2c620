/**
 * Reads a unit's filled reporting workbook back: the reports as typed, plus every problem named by sheet,
 * row and column (a value that is not a number, a deleted row, an id that was changed or belongs elsewhere,
 * a missing column). Pure: bytes and the expected round data in, data out; the server dry-runs with it and
 * imports only when the list of errors is empty.
 */
import ExcelJS from "exceljs";
import { type QuantityContext, quantityMessage, quantityProblem } from "../../../core/domain/numbers/quantity.ts";
import { cellNumber, cellText } from "./cell-value.ts";
import {
  HEADER_ROW,
  PROGRESS_COLUMNS,
  SHEETS,
  VALUE_COLUMNS,
  type RoundWorkbookDto,
} from "./round-workbook.layout.ts";

/** A report as read from the workbook: what the unit typed for one item. */
export interface WorkbookReport {
  itemId: string;
  progress: string;
  problems: string;
  values: { targetId: string; value: number | null; noDataReason: string | null }[];
}

/** One problem in an uploaded workbook, located for the person who has to fix it. */
export interface WorkbookError {
  code:
    | "workbook.unreadable"
    | "workbook.wrong_round"
    | "workbook.sheet_missing"
    | "workbook.column_missing"
    | "workbook.not_a_number"
    | "workbook.invalid_number"
    | "workbook.row_missing"
    | "workbook.row_unknown"
    | "workbook.id_changed"
    | "workbook.row_duplicate"
    | "workbook.report_locked";
  sheet: string | null;
  row: number | null;
  /** column letter, e.g. "I" */
  column: string | null;
  /** the column's header, e.g. "本期数值" */
  header: string | null;
  message: string;
  messageEn: string;
}

export interface WorkbookReading {
  reports: WorkbookReport[];
  errors: WorkbookError[];
}

type Columns = readonly { key: string; header: string }[];

interface SheetRow {
  row: number;
  id: string;
  cells: Record<string, ExcelJS.CellValue>;
}

interface Located {
  sheet: string;
  letters: Record<string, string>;
  rows: SheetRow[];
}

function error(
  code: WorkbookError["code"],
  where: Pick<WorkbookError, "sheet" | "row" | "column" | "header">,
  message: string,
  messageEn: string,
): WorkbookError {
  return { code, ...where, message, messageEn };
}

/** The header row: where the export put it, or the first of the top rows holding the id column's header (rows inserted above). */
function findHeaderRow(sheet: ExcelJS.Worksheet, idHeader: string): number {
  for (let row = 1; row <= HEADER_ROW + 10; row++) {
    let found = false;
    sheet.getRow(row).eachCell((cell) => {
      if (cellText(cell.value) === idHeader) found = true;
    });
    if (found) return row;
  }
  return HEADER_ROW;
}

/** Finds each expected column by its header text, so moved columns still read; a missing one is an error. */
function readSheet(workbook: ExcelJS.Workbook, name: string, columns: Columns, errors: WorkbookError[]): Located | null {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    errors.push(error("workbook.sheet_missing", { sheet: name, row: null, column: null, header: null }, `缺少工作表“${name}”`, `The sheet “${name}” is missing`));
    return null;
  }
  const headerAt = findHeaderRow(sheet, columns[0].header);
  const headerRow = sheet.getRow(headerAt);
  const positions: Record<string, number> = {};
  headerRow.eachCell((cell, col) => {
    const column = columns.find((c) => c.header === cellText(cell.value));
    if (column) positions[column.key] = col;
  });
  const missing = columns.filter((c) => positions[c.key] == null);
  for (const c of missing) {
    errors.push(
      error("workbook.column_missing", { sheet: name, row: headerAt, column: null, header: c.header }, `工作表“${name}”缺少“${c.header}”列`, `The sheet “${name}” has no column “${c.header}”`),
    );
  }
  if (missing.length > 0) return null;
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerAt) return;
    const cells = Object.fromEntries(columns.map((c) => [c.key, row.getCell(positions[c.key]).value]));
    const blank = Object.values(cells).every((value) => cellText(value) === "");
    if (!blank) rows.push({ row: rowNumber, id: cellText(cells.id), cells });
  });
  const letters = Object.fromEntries(columns.map((c) => [c.key, sheet.getColumn(positions[c.key]).letter]));
  return { sheet: name, letters, rows };
}

/**
 * Matches rows to the expected ids: unknown or changed ids and duplicates are errors, and every expected
 * id without a row is reported at the row where the export had put it.
 */
function matchRows(
  located: Located,
  expected: { id: string; label: string }[],
  errors: WorkbookError[],
): Map<string, SheetRow> {
  const known = new Map(expected.map((e, i) => [e.id, { ...e, exportedRow: HEADER_ROW + 1 + i }]));
  const found = new Map<string, SheetRow>();
  const unknown = new Map<number, SheetRow>();
  const where = (row: number) => ({ sheet: located.sheet, row, column: located.letters.id, header: "编号(勿改)" });
  for (const row of located.rows) {
    if (!known.has(row.id)) unknown.set(row.row, row);
    else if (found.has(row.id)) {
      const first = found.get(row.id)!.row;
      errors.push(
        error("workbook.row_duplicate", where(row.row), `第${row.row}行与第${first}行是同一事项，请删除重复行`, `Row ${row.row} repeats row ${first}; delete the duplicate`),
      );
    } else found.set(row.id, row);
  }
  for (const [id, e] of known) {
    if (found.has(id)) continue;
    const inItsPlace = unknown.get(e.exportedRow);
    if (inItsPlace) {
      // the row is where the export put it but its id was edited: one error, not "unknown" plus "deleted"
      unknown.delete(e.exportedRow);
      errors.push(
        error("workbook.id_changed", where(e.exportedRow), `第${e.exportedRow}行的编号被修改（原为“${id}”），请改回`, `Row ${e.exportedRow}: the id was changed (it was “${id}”); change it back`),
      );
      continue;
    }
    errors.push(
      error("workbook.row_missing", { ...where(e.exportedRow), column: null, header: null }, `原第${e.exportedRow}行（${e.label}）已被删除，请恢复该行`, `Row ${e.exportedRow} as exported (${e.label}) was deleted; restore it`),
    );
  }
  for (const row of unknown.values()) {
    const shown = row.id === "" ? "为空" : `“${row.id}”`;
    errors.push(
      error("workbook.row_unknown", where(row.row), `第${row.row}行的编号${shown}不是本单位本轮的填报事项（该行可能来自其他表格）`, `Row ${row.row}: the id ${row.id || "(empty)"} is not one of this unit's items in this round`),
    );
  }
  return found;
}

function metaValue(workbook: ExcelJS.Workbook, key: string): string | null {
  const sheet = workbook.getWorksheet(SHEETS.meta);
  if (!sheet) return null;
  let value: string | null = null;
  sheet.eachRow((row) => {
    if (cellText(row.getCell(1).value) === key) value = cellText(row.getCell(2).value);
  });
  return value;
}

function readValue(
  row: SheetRow,
  located: Located,
  target: QuantityContext,
  errors: WorkbookError[],
): { value: number | null; noDataReason: string | null } {
  const parsed = cellNumber(row.cells.value);
  const noDataReason = cellText(row.cells.noDataReason) || null;
  const where = { sheet: located.sheet, row: row.row, column: located.letters.value, header: "本期数值" };
  const at = { zh: `第${row.row}行“本期数值”（${where.column}列）`, en: `Row ${row.row}, column ${where.column} (本期数值)` };
  if (parsed === null) return { value: null, noDataReason };
  if ("invalid" in parsed) {
    errors.push(error("workbook.not_a_number", where, `${at.zh}填写的“${parsed.invalid}”不是数字`, `${at.en}: “${parsed.invalid}” is not a number`));
    return { value: null, noDataReason };
  }
  const problem = quantityProblem(parsed.number, target, parsed.typed);
  if (problem) {
    const { zh, en } = quantityMessage(problem, "本期数值");
    errors.push(error("workbook.invalid_number", where, `${at.zh}：${zh}`, `${at.en}: ${en}`));
    return { value: null, noDataReason };
  }
  return { value: parsed.number, noDataReason };
}

/** Reads a filled workbook against the round data it was exported from. */
export async function readRoundWorkbook(bytes: Uint8Array, expected: RoundWorkbookDto): Promise<WorkbookReading> {
  const errors: WorkbookError[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    const where = { sheet: null, row: null, column: null, header: null };
    return { reports: [], errors: [error("workbook.unreadable", where, "文件不是有效的 Excel 工作簿（.xlsx）", "The file is not a valid Excel workbook (.xlsx)")] };
  }
  if (metaValue(workbook, "roundId") !== expected.roundId || metaValue(workbook, "unitId") !== expected.unitId) {
    const where = { sheet: null, row: null, column: null, header: null };
    const message = `此工作簿不是${expected.unitName}${expected.period}轮次的填报表，请下载本轮的填报表后再填写`;
    return { reports: [], errors: [error("workbook.wrong_round", where, message, `This workbook was not exported for ${expected.period} and this unit; download this round's workbook`)] };
  }

  const progress = readSheet(workbook, SHEETS.progress, PROGRESS_COLUMNS, errors);
  const values = readSheet(workbook, SHEETS.values, VALUE_COLUMNS, errors);
  const itemRows = progress
    ? matchRows(progress, expected.items.map((item, i) => ({ id: item.itemId, label: `${i + 1}. ${item.heading}` })), errors)
    : new Map<string, SheetRow>();
  const targets = expected.items.flatMap((item, i) =>
    item.targets.map((t) => ({ id: t.targetId, label: `${i + 1}. ${t.metric ?? t.quote}` })),
  );
  const valueRows = values ? matchRows(values, targets, errors) : new Map<string, SheetRow>();

  const typed = new Map<string, { value: number | null; noDataReason: string | null }>();
  const targetById = new Map(expected.items.flatMap((item) => item.targets.map((t) => [t.targetId, t] as const)));
  if (values) for (const [targetId, row] of valueRows) typed.set(targetId, readValue(row, values, targetById.get(targetId)!, errors));

  const reports: WorkbookReport[] = [];
  for (const item of expected.items) {
    const row = itemRows.get(item.itemId);
    if (!row) continue;
    reports.push({
      itemId: item.itemId,
      progress: cellText(row.cells.progress),
      problems: cellText(row.cells.problems),
      values: item.targets.flatMap((t) => {
        const value = typed.get(t.targetId);
        return value ? [{ targetId: t.targetId, ...value }] : [];
      }),
    });
  }
  const sheetOrder: (string | null)[] = [null, SHEETS.progress, SHEETS.values];
  errors.sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
  return { reports, errors };
}
