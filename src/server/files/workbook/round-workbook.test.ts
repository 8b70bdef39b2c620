import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderRoundWorkbook } from "../writers/round-workbook.xlsx.ts";
import { HEADER_ROW, SHEETS } from "./round-workbook.layout.ts";
import { readRoundWorkbook } from "./round-workbook.reader.ts";
import { sampleRoundWorkbook } from "./round-workbook.sample.ts";

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The data row of `id` in a sheet (ids sit in the hidden column A). */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
  throw new Error(`no row ${id}`);
}

describe("a unit's reporting workbook", () => {
  it("pre-fills the unit's items with hidden stable ids and number-only value cells", async () => {
    const dto = sampleRoundWorkbook(3, 2);
    dto.items[1].progress = "=HYPERLINK(\"http://evil\")";
    const workbook = await load(await renderRoundWorkbook(dto));
    const progress = workbook.getWorksheet(SHEETS.progress)!;
    const values = workbook.getWorksheet(SHEETS.values)!;
    expect(progress.getColumn(1).hidden).toBe(true);
    expect(values.getColumn(1).hidden).toBe(true);
    expect(workbook.getWorksheet(SHEETS.meta)!.state).toBe("veryHidden");
    expect(progress.getRow(HEADER_ROW).getCell(4).value).toBe("工作内容");
    expect(rowOf(progress, "item-1").getCell(7).value).toBe("上月已完成项目遴选");
    expect(rowOf(progress, "item-2").getCell(7).value).toBe("'=HYPERLINK(\"http://evil\")");
    expect(values.rowCount).toBe(HEADER_ROW + 6);
    const valueCell = rowOf(values, "target-2-1").getCell(9);
    expect(valueCell.dataValidation).toMatchObject({ type: "decimal", allowBlank: true, showErrorMessage: true });
  });

  it("round trip: one bad number and one deleted row are named precisely; fixed, the reports equal what was typed", async () => {
    const dto = sampleRoundWorkbook(4, 1);
    const workbook = await load(await renderRoundWorkbook(dto));
    const progress = workbook.getWorksheet(SHEETS.progress)!;
    const values = workbook.getWorksheet(SHEETS.values)!;
    // A person fills the form: progress for items 1, 2 and 4, numbers, one of them in words, and deletes item 3's row.
    rowOf(progress, "item-1").getCell(7).value = "完成12家企业智能化改造";
    rowOf(progress, "item-2").getCell(7).value = "-已开工3个项目";
    rowOf(progress, "item-2").getCell(8).value = "用地指标紧张";
    rowOf(progress, "item-4").getCell(7).value = "正在招标";
    rowOf(values, "target-1-1").getCell(9).value = 7.9;
    rowOf(values, "target-2-1").getCell(9).value = "五成";
    rowOf(values, "target-3-1").getCell(9).value = "8.2%";
    rowOf(values, "target-4-1").getCell(10).value = "统计局尚未发布";
    const deletedAt = rowOf(progress, "item-3").number;
    progress.spliceRows(deletedAt, 1);

    const first = await readRoundWorkbook(await save(workbook), dto);
    expect(first.errors.map(({ code, sheet, row, column, header }) => ({ code, sheet, row, column, header }))).toEqual([
      { code: "workbook.row_missing", sheet: "工作进展", row: 5, column: null, header: null },
      { code: "workbook.not_a_number", sheet: "指标数值", row: 4, column: "I", header: "本期数值" },
    ]);
    expect(first.errors[0].message).toBe("原第5行（3. 实施技术改造工程，推动第3批重点企业智能化改造）已被删除，请恢复该行");
    expect(first.errors[1].message).toBe("第4行“本期数值”（I列）填写的“五成”不是数字");

    // The person fixes the number and restores the row.
    rowOf(values, "target-2-1").getCell(9).value = 0.5;
    progress.insertRow(deletedAt, ["item-3", 3, "", "", "", "", "补报：已完成调研"]);
    const second = await readRoundWorkbook(await save(workbook), dto);
    expect(second.errors).toEqual([]);
    expect(second.reports).toEqual([
      { itemId: "item-1", progress: "完成12家企业智能化改造", problems: "", values: [{ targetId: "target-1-1", value: 7.9, noDataReason: null }] },
      { itemId: "item-2", progress: "-已开工3个项目", problems: "用地指标紧张", values: [{ targetId: "target-2-1", value: 0.5, noDataReason: null }] },
      { itemId: "item-3", progress: "补报：已完成调研", problems: "", values: [{ targetId: "target-3-1", value: 8.2, noDataReason: null }] },
      { itemId: "item-4", progress: "正在招标", problems: "", values: [{ targetId: "target-4-1", value: null, noDataReason: "统计局尚未发布" }] },
    ]);
  });

  it("names a changed id, a duplicated row and a removed column", async () => {
    const dto = sampleRoundWorkbook(2, 1);
    const workbook = await load(await renderRoundWorkbook(dto));
    const progress = workbook.getWorksheet(SHEETS.progress)!;
    rowOf(progress, "item-2").getCell(1).value = "item-99";
    progress.addRow(["item-1", 1, "", "", "", "", "再写一遍"]);
    workbook.getWorksheet(SHEETS.values)!.spliceColumns(10, 1);
    const { errors } = await readRoundWorkbook(await save(workbook), dto);
    expect(errors.map((e) => [e.code, e.sheet, e.row, e.column])).toEqual([
      ["workbook.id_changed", "工作进展", 4, "A"],
      ["workbook.row_duplicate", "工作进展", 5, "A"],
      ["workbook.column_missing", "指标数值", 2, null],
    ]);
    expect(errors[0].message).toBe("第4行的编号被修改（原为“item-2”），请改回");
    expect(errors[2].header).toBe("无数据原因");
  });

  it("refuses a workbook of another unit or round, and a file that is not a workbook", async () => {
    const dto = sampleRoundWorkbook(1, 1);
    const bytes = await renderRoundWorkbook(dto);
    const other = await readRoundWorkbook(bytes, { ...dto, unitId: "unit-fgw", unitName: "市发改委" });
    expect(other.errors.map((e) => e.code)).toEqual(["workbook.wrong_round"]);
    expect(other.reports).toEqual([]);
    const junk = await readRoundWorkbook(Buffer.from("not a zip"), dto);
    expect(junk.errors.map((e) => e.code)).toEqual(["workbook.unreadable"]);
  });

  it("still finds its columns when a person inserts a row above the table or a column inside it", async () => {
    const dto = sampleRoundWorkbook(2, 1);
    const workbook = await load(await renderRoundWorkbook(dto));
    const values = workbook.getWorksheet(SHEETS.values)!;
    rowOf(values, "target-2-1").getCell(9).value = 7.5;
    values.spliceRows(1, 0, ["填表人：张三", "电话：12345678"]);
    values.spliceColumns(3, 0, []);
    const { reports, errors } = await readRoundWorkbook(await save(workbook), dto);
    expect(errors).toEqual([]);
    expect(reports[1].values).toEqual([{ targetId: "target-2-1", value: 7.5, noDataReason: null }]);
  });

  it("reads numbers the way people type them", async () => {
    const dto = sampleRoundWorkbook(4, 1);
    const workbook = await load(await renderRoundWorkbook(dto));
    const values = workbook.getWorksheet(SHEETS.values)!;
    rowOf(values, "target-1-1").getCell(9).value = "1,234.5";
    rowOf(values, "target-2-1").getCell(9).value = "８．５";
    rowOf(values, "target-3-1").getCell(9).value = { formula: "6+2", result: 8 };
    rowOf(values, "target-4-1").getCell(9).value = "N/A";
    const { reports, errors } = await readRoundWorkbook(await save(workbook), dto);
    expect(reports.map((r) => r.values[0].value)).toEqual([1234.5, 8.5, 8, null]);
    expect(errors.map((e) => [e.code, e.row])).toEqual([["workbook.not_a_number", 6]]);
  });

  it("makes a number out of range, too precise or a share over 100% a cell-level error", async () => {
    const dto = sampleRoundWorkbook(4, 1);
    dto.items[3].targets[0] = { ...dto.items[3].targets[0], unit: "%", metric: "宽带覆盖率" };
    const workbook = await load(await renderRoundWorkbook(dto));
    const values = workbook.getWorksheet(SHEETS.values)!;
    rowOf(values, "target-1-1").getCell(9).value = "99999999999999999999999";
    rowOf(values, "target-2-1").getCell(9).value = "1234567.890123456";
    rowOf(values, "target-3-1").getCell(9).value = 12.5;
    rowOf(values, "target-4-1").getCell(9).value = 101;
    const { reports, errors } = await readRoundWorkbook(await save(workbook), dto);
    expect(reports.map((r) => r.values[0].value)).toEqual([null, null, 12.5, null]);
    expect(errors.map((e) => [e.code, e.row])).toEqual([
      ["workbook.invalid_number", 3],
      ["workbook.invalid_number", 4],
      ["workbook.invalid_number", 6],
    ]);
    expect(errors[2].message).toContain("占比");
  });
});
