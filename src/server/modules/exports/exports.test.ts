import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../../../test/helpers/multipart.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";
import type { Session } from "../../../../test/helpers/app.ts";

let w: ReportingWorld;
let roundId: string;
let jxj: Session;

async function workbookOf(session: Session, unitId: string) {
  const response = await session.call("GET", `/api/rounds/${roundId}/workbooks/${unitId}.xlsx`);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === id) return sheet.getRow(r);
  throw new Error(`no row ${id}`);
}

async function upload(session: Session, workbook: ExcelJS.Workbook, query: string) {
  const { payload, headers } = multipartFile("填报表.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
  return session.call("POST", `/api/rounds/${roundId}/workbooks${query}`, undefined, { payload, headers });
}

async function reportsOfJxj() {
  const inbox = (await jxj.call("GET", "/api/inbox")).json() as { reportId: string; itemId: string; role: string }[];
  const mine = inbox.filter((e) => e.role !== "support");
  const details = await Promise.all(mine.map(async (e) => (await jxj.call("GET", `/api/reports/${e.reportId}`)).json()));
  return Object.fromEntries(details.map((d) => [d.item.id, d.report]));
}

beforeAll(async () => {
  w = await createReportingWorld();
  const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  roundId = opened.json().id;
  jxj = await w.as("jxj");
});
afterAll(() => w.t.close());

describe("a unit's workbook, round trip through HTTP", () => {
  it("exports, names a bad number and a deleted row precisely while changing nothing, then imports what was typed, once", async () => {
    const t1 = w.items["二/1"].targets[0].id; // 新增规上工业企业不少于20家
    const t2 = w.items["二/2"].targets[0].id; // 全市工业用电量增长5%
    const workbook = await workbookOf(jxj, w.units.jxj);
    const progress = workbook.getWorksheet("工作进展")!;
    const values = workbook.getWorksheet("指标数值")!;
    expect(progress.rowCount).toBe(4); // title, header, 二/1, 二/2
    // filled as a person would: progress, problems, numbers (one in words), and the 二/2 progress row deleted
    rowOf(progress, w.items["二/1"].id).getCell(7).value = "新增规上工业企业12家，技改项目全部开工";
    rowOf(progress, w.items["二/1"].id).getCell(8).value = "技改资金拨付慢";
    rowOf(values, t1).getCell(9).value = "十二";
    rowOf(values, t2).getCell(9).value = 4.2;
    const deleted = rowOf(progress, w.items["二/2"].id);
    const kept = deleted.values;
    progress.spliceRows(deleted.number, 1);
    const before = await reportsOfJxj();

    const dry = await upload(jxj, workbook, `?dryRun=1`);
    expect(dry.statusCode).toBe(200);
    expect(dry.json().errors.map(({ code, sheet, row, column }: Record<string, unknown>) => ({ code, sheet, row, column }))).toEqual([
      { code: "workbook.row_missing", sheet: "工作进展", row: 4, column: null },
      { code: "workbook.not_a_number", sheet: "指标数值", row: 3, column: "I" },
    ]);
    expect(dry.json().errors[1].message).toBe("第3行“本期数值”（I列）填写的“十二”不是数字");
    const refused = await upload(jxj, workbook, "");
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "workbooks.invalid" });
    expect(refused.json().error.details.errors).toHaveLength(2);
    expect(await reportsOfJxj()).toEqual(before);

    // fixed: the number written as a number, the row put back with its progress
    rowOf(values, t1).getCell(9).value = 12;
    progress.insertRow(4, kept);
    rowOf(progress, w.items["二/2"].id).getCell(7).value = "用电量统计中";
    const checked = await upload(jxj, workbook, "?dryRun=true");
    expect(checked.json()).toMatchObject({ dryRun: true, errors: [], unchanged: 0 });
    expect(checked.json().changes.map((c: { fields: string[] }) => c.fields)).toEqual([["progress", "problems", "values"], ["progress", "values"]]);
    expect(await reportsOfJxj()).toEqual(before);

    const imported = await upload(jxj, workbook, "");
    expect(imported.statusCode).toBe(200);
    expect(imported.json().changes).toHaveLength(2);
    const after = await reportsOfJxj();
    expect(after[w.items["二/1"].id]).toMatchObject({
      status: "draft",
      progress: "新增规上工业企业12家，技改项目全部开工",
      problems: "技改资金拨付慢",
      values: [{ targetId: t1, value: 12, noDataReason: null }],
    });
    expect(after[w.items["二/2"].id]).toMatchObject({ progress: "用电量统计中", problems: "", values: [{ targetId: t2, value: 4.2, noDataReason: null }] });

    const again = await upload(jxj, workbook, "");
    expect(again.json()).toMatchObject({ changes: [], unchanged: 2, errors: [] });
    expect(await reportsOfJxj()).toEqual(after);

    // the next export is pre-filled with what was imported
    const next = await workbookOf(jxj, w.units.jxj);
    expect(rowOf(next.getWorksheet("指标数值")!, t1).getCell(9).value).toBe(12);
  });

  it("gives a support unit (配合) its items too; importing saves its contribution to the lead unit's report, once", async () => {
    const czj = await w.as("czj");
    const workbook = await workbookOf(czj, w.units.czj);
    const progress = workbook.getWorksheet("工作进展")!;
    const row = rowOf(progress, w.items["二/1"].id);
    expect(row.getCell(5).value).toBe("配合");
    row.getCell(7).value = "已拨付技改资金3000万元";
    row.getCell(8).value = "资金缺口较大";
    rowOf(workbook.getWorksheet("指标数值")!, w.items["二/1"].targets[0].id).getCell(9).value = 6;
    const imported = await upload(czj, workbook, "");
    expect(imported.statusCode).toBe(200);
    expect(imported.json().changes).toHaveLength(1);
    const inbox = (await jxj.call("GET", "/api/inbox")).json() as { reportId: string; itemId: string; role: string }[];
    const reportId = inbox.find((e) => e.itemId === w.items["二/1"].id && e.role === "lead")!.reportId;
    const detail = (await jxj.call("GET", `/api/reports/${reportId}`)).json();
    expect(detail.contributions).toEqual([
      expect.objectContaining({
        unitName: "市财政局",
        text: "已拨付技改资金3000万元\n存在问题：资金缺口较大",
        values: [{ targetId: w.items["二/1"].targets[0].id, value: 6, noDataReason: null }],
      }),
    ]);
    expect((await upload(czj, workbook, "")).json()).toMatchObject({ changes: [], unchanged: 1 });
  });

  it("keeps other units out: another reporter gets 404, a supervisor may download but not import, writes need CSRF", async () => {
    const fgw = await w.as("fgw");
    expect((await fgw.call("GET", `/api/rounds/${roundId}/workbooks/${w.units.jxj}.xlsx`)).statusCode).toBe(404);
    const workbook = await workbookOf(w.supervisor, w.units.jxj);
    const { payload, headers } = multipartFile("x.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect((await fgw.call("POST", `/api/rounds/${roundId}/workbooks?unitId=${w.units.jxj}`, undefined, { payload, headers })).statusCode).toBe(404);
    expect((await w.supervisor.call("POST", `/api/rounds/${roundId}/workbooks?unitId=${w.units.jxj}`, undefined, { payload, headers })).statusCode).toBe(403);
    expect((await jxj.call("POST", `/api/rounds/${roundId}/workbooks`, undefined, { payload, headers, csrf: false })).statusCode).toBe(403);
    const other = await fgw.call("POST", `/api/rounds/${roundId}/workbooks?dryRun=1`, undefined, { payload, headers });
    expect(other.json().errors.map((e: { code: string }) => e.code)).toEqual(["workbook.wrong_round"]);
    const junk = multipartFile("填报表.xlsx", "这不是一个 Excel 文件");
    const notWorkbook = await jxj.call("POST", `/api/rounds/${roundId}/workbooks`, undefined, junk);
    expect(notWorkbook.statusCode).toBe(422);
    expect(notWorkbook.json().error.details.errors[0]).toMatchObject({ code: "workbook.unreadable", message: "文件不是有效的 Excel 工作簿（.xlsx）" });
  });
});

describe("plan export", () => {
  it("gives the plan in the 工作内容 | 目标任务 | 责任单位 layout with status, to those who may read it", async () => {
    const response = await w.supervisor.call("GET", `/api/plans/${w.planId}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().slice(3).map((r) => (r as ExcelJS.CellValue[]).slice(1, 5));
    expect(rows).toContainEqual(["1", "推进技术改造。新增规上工业企业不少于20家。(市经信局牵头,市财政局配合)", "新增规上工业企业不少于20家", "牵头：市经信局\n配合：市财政局"]);
    expect((await w.supervisor.call("GET", `/api/plans/00000000-0000-4000-8000-000000000000/export.xlsx`)).statusCode).toBe(404);
    expect((await w.t.app.inject({ method: "GET", url: `/api/plans/${w.planId}/export.xlsx` })).statusCode).toBe(401);
  });
});
