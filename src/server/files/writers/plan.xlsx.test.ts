import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderPlanXlsx, type PlanExportRow } from "./plan.xlsx.ts";
import { STATUS_FILL } from "./xlsx-cells.ts";

const task = (over: Partial<PlanExportRow>): PlanExportRow => ({
  no: "1",
  section: false,
  task: "实施技术改造工程",
  targets: [],
  lead: ["市经信局"],
  support: [],
  owners: [],
  deadline: null,
  progress: null,
  values: [],
  status: null,
  reason: null,
  ...over,
});

describe("plan export .xlsx", () => {
  it("keeps the 工作内容 | 目标任务 | 责任单位 layout with coloured statuses, and escapes formulas", async () => {
    const bytes = await renderPlanXlsx({
      title: "制造业高质量发展实施方案",
      asOf: "2025年9月",
      rows: [
        task({ no: "一", section: true, task: "主要任务" }),
        task({
          targets: ["规模以上工业增加值年均增长8%以上"],
          support: ["市财政局"],
          progress: "=1+1 已完成遴选",
          values: ["规上工业增加值增速：7.9"],
          status: "amber",
          reason: "应达 8.0(2025-09),实报 7.9,落后 1.3% → 黄",
        }),
        task({ no: "2", task: "@SUM(A1)", status: "red", reason: "期限已过" }),
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell("A1").value).toBe("制造业高质量发展实施方案（截至2025年9月）");
    expect(sheet.getRow(2).values).toEqual([undefined, "序号", "工作内容", "目标任务", "责任单位", "完成时限", "进展情况", "本期数值", "状态", "原因"]);
    expect(sheet.getCell("A3").value).toBe("一、主要任务");
    expect(sheet.getCell("A3").isMerged && sheet.getCell("I3").isMerged).toBe(true);
    expect(sheet.getCell("D4").value).toBe("牵头：市经信局\n配合：市财政局");
    expect(sheet.getCell("F4").value).toBe("'=1+1 已完成遴选");
    expect(sheet.getCell("B5").value).toBe("'@SUM(A1)");
    expect(sheet.getCell("H4").value).toBe("黄");
    expect(sheet.getCell("H4").fill).toMatchObject({ fgColor: { argb: STATUS_FILL.amber } });
    expect(sheet.getCell("H5").fill).toMatchObject({ fgColor: { argb: STATUS_FILL.red } });
    for (const row of [3, 4, 5]) for (let col = 1; col <= 9; col++) expect(sheet.getRow(row).getCell(col).type).not.toBe(ExcelJS.ValueType.Formula);
  });
});
