/**
 * A unit's reporting workbook for a round, pre-filled with its items and what it has reported so far:
 * sheet 工作进展 (one row per item: progress and problems) and sheet 指标数值 (one row per target: the
 * value, with data validation that accepts numbers only). A very hidden sheet records the round and unit.
 */
import ExcelJS from "exceljs";
import {
  HEADER_ROW,
  PROGRESS_COLUMNS,
  SHEETS,
  VALUE_COLUMNS,
  VALUE_LIMIT,
  type RoundWorkbookDto,
} from "../workbook/round-workbook.layout.ts";
import { ROLE_WORDS } from "../../../core/domain/assessment/rules.ts";
import { periodLabel } from "./chinese-numbers.ts";
import { escapeCellText, frame, styleHeader, titleRow, workbookBuffer } from "./xlsx-cells.ts";

type Column = { key: string; header: string; width: number };

function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: readonly Column[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, hidden: c.key === "id" }));
  titleRow(sheet, title, columns.length);
  sheet.getRow(HEADER_ROW).values = columns.map((c) => c.header);
  styleHeader(sheet, HEADER_ROW);
  return sheet;
}

const EDITABLE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };

function addDataRow(sheet: ExcelJS.Worksheet, values: Record<string, string | number | null>, editable: string[]): void {
  const escaped = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? escapeCellText(value) : value]),
  );
  const row = sheet.addRow(escaped);
  row.eachCell({ includeEmpty: true }, frame);
  for (const key of editable) row.getCell(key).fill = EDITABLE_FILL;
}

/** Renders a unit's workbook for a round to .xlsx bytes. */
export async function renderRoundWorkbook(dto: RoundWorkbookDto): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const heading = `${dto.unitName} ${periodLabel(dto.period)}工作进展填报表（${dto.deadline}前报送）`;
  const progress = addSheet(workbook, SHEETS.progress, heading, PROGRESS_COLUMNS);
  const values = addSheet(workbook, SHEETS.values, `${dto.unitName} ${periodLabel(dto.period)}指标数值填报表`, VALUE_COLUMNS);

  dto.items.forEach((item, i) => {
    addDataRow(
      progress,
      {
        id: item.itemId,
        no: i + 1,
        plan: item.planTitle,
        task: item.heading,
        role: ROLE_WORDS[item.role],
        deadline: item.deadline ?? "",
        progress: item.progress,
        problems: item.problems,
      },
      ["progress", "problems"],
    );
    for (const target of item.targets) {
      addDataRow(
        values,
        {
          id: target.targetId,
          no: i + 1,
          task: item.heading,
          quote: target.quote,
          metric: target.metric ?? "",
          goal: target.value,
          unit: target.unit ?? "",
          previous: target.previous,
          value: target.current,
          noDataReason: target.noDataReason ?? "",
        },
        ["value", "noDataReason"],
      );
    }
  });
  const valueColumn = values.getColumn("value");
  valueColumn.eachCell({ includeEmpty: true }, (cell, rowNumber) => {
    if (rowNumber <= HEADER_ROW) return;
    cell.dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [-VALUE_LIMIT, VALUE_LIMIT],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "请填写数字",
      error: "本期数值只能填写数字；没有数据时请留空并在“无数据原因”中说明。",
    };
  });

  const meta = workbook.addWorksheet(SHEETS.meta, { state: "veryHidden" });
  meta.addRows([
    ["roundId", dto.roundId],
    ["unitId", dto.unitId],
    ["format", 1],
  ]);
  return workbookBuffer(workbook);
}
