import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../../test/helpers/app.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";
import { DEFAULT_RULES } from "../../../core/domain/assessment/rules.ts";

let w: ReportingWorld;
let jxjReport: string;

async function submit(session: Session, key: string, value: number) {
  const inbox = (await session.call("GET", "/api/inbox")).json() as { reportId: string; itemId: string; role: string }[];
  const reportId = inbox.find((e) => e.itemId === w.items[key].id && e.role !== "support")!.reportId;
  const saved = await session.call("PUT", `/api/reports/${reportId}`, { version: 1, progress: "推进中", values: [{ targetId: w.items[key].targets[0].id, value }] });
  const submitted = await session.call("POST", `/api/reports/${reportId}/submit`, { version: saved.json().version });
  expect(submitted.statusCode).toBe(200);
  return { reportId, version: submitted.json().version as number };
}

const url = (rest: string) => `/api/assessments/${w.planId}${rest}`;
const scoresAs = async (session: Session) => (await session.call("GET", url("/scores"))).json();

beforeAll(async () => {
  w = await createReportingWorld();
  await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  const jxj = await submit(await w.as("jxj"), "二/1", 12);
  jxjReport = jxj.reportId;
  await submit(await w.as("fgw"), "二/2", 4.5);
  // the supervisor returns 市经信局's report once: one returned report on its record
  const returned = await w.supervisor.call("POST", `/api/reports/${jxjReport}/review`, { version: jxj.version, decision: "return", comment: "数据口径不一致" });
  expect(returned.statusCode).toBe(200);
});
afterAll(() => w.t.close());

describe("assessment through HTTP", () => {
  it("keeps one rule sheet per plan, editable by supervisors, with stale edits refused", async () => {
    expect((await w.supervisor.call("GET", url("/rules"))).json()).toEqual({ rules: DEFAULT_RULES, version: 0 });
    const rules = { ...DEFAULT_RULES, deductions: { ...DEFAULT_RULES.deductions, returnedReport: 2 } };
    expect((await (await w.as("jxj")).call("PUT", url("/rules"), { version: 0, rules })).statusCode).toBe(403);
    const saved = await w.supervisor.call("PUT", url("/rules"), { version: 0, rules });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    expect((await w.supervisor.call("PUT", url("/rules"), { version: 0, rules })).statusCode).toBe(409);
    const bad = await w.supervisor.call("PUT", url("/rules"), { version: 1, rules: { ...rules, fullMarks: "一百" } });
    expect(bad.statusCode).toBe(400);
  });

  it("scores every unit with its calculation; a reporter sees its own calculation and the ranking", async () => {
    const all = await scoresAs(w.supervisor);
    expect(all.scores.map((s: { unitName: string }) => s.unitName).sort()).toEqual(["市发改委", "市经济和信息化局", "市财政局"].sort());
    const jxj = all.scores.find((s: { unitId: string }) => s.unitId === w.units.jxj);
    // 1 returned report × 2 marks under the saved sheet
    expect(jxj.lines.find((l: { id: string }) => l.id === "returned")).toMatchObject({ points: -2, formula: "1 次×2，扣 2 分" });
    expect(jxj.lines.filter((l: { kind: string }) => l.kind === "item").map((l: { id: string }) => l.id).sort()).toEqual(
      [`item:${w.items["二/1"].id}`, `item:${w.items["二/2"].id}`].sort(),
    );
    expect(jxj.total).toBeCloseTo(jxj.completion + jxj.bonus - jxj.deductions, 2);
    // 二/2 has two owners, each scored on its own value: 市发改委 reported 4.5 of 5, 市经信局 nothing
    const line22 = (unitId: string) =>
      all.scores.find((s: { unitId: string }) => s.unitId === unitId).lines.find((l: { id: string }) => l.id === `item:${w.items["二/2"].id}`);
    expect(line22(w.units.fgw).formula).toContain("4.5/5=0.90");
    expect(line22(w.units.jxj).formula).toContain("未报送数据 → 0");
    expect(all.ranking.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    // a year's assessment counts only that year's rounds: nothing was reported or returned in 2024
    const byYear = async (year: string) => (await w.supervisor.call("GET", url(`/scores?year=${year}`))).json();
    expect(await byYear("2025")).toEqual(all);
    const y2024 = (await byYear("2024")).scores.find((s: { unitId: string }) => s.unitId === w.units.jxj);
    expect(y2024.lines.find((l: { id: string }) => l.id === "returned")).toBeUndefined();
    expect(y2024.lines.find((l: { id: string }) => l.id === `item:${w.items["二/1"].id}`).formula).toContain("未报送数据 → 0");
    expect((await w.supervisor.call("GET", url("/scores?year=二〇二五"))).statusCode).toBe(400);
    const mine = await scoresAs(await w.as("jxj"));
    expect(mine.scores.map((s: { unitId: string }) => s.unitId)).toEqual([w.units.jxj]);
    expect(mine.ranking).toHaveLength(3);
  });

  it("what-if shows the ranking under changed rules without saving them", async () => {
    const before = await scoresAs(w.supervisor);
    const rules = { ...before.rules, fullMarks: 50, roleFactor: { ...before.rules.roleFactor, support: 0 } };
    const response = await w.supervisor.call("POST", url("/what-if"), { rules });
    expect(response.statusCode).toBe(200);
    const { scores, changes } = response.json();
    for (const s of scores) expect(s.completion).toBeLessThanOrEqual(50);
    // 市财政局 only supports an item: at support weight 0 it has nothing to earn
    expect(scores.find((s: { unitId: string }) => s.unitId === w.units.czj).completion).toBe(0);
    expect(changes).toHaveLength(3);
    expect((await w.supervisor.call("GET", url("/rules"))).json().version).toBe(1);
    expect((await (await w.as("jxj")).call("POST", url("/what-if"), { rules })).statusCode).toBe(403);
  });

  it("lets a unit appeal a line with evidence, a supervisor decide, and logs both", async () => {
    const jxj = await w.as("jxj");
    const before = (await scoresAs(w.supervisor)).scores.find((s: { unitId: string }) => s.unitId === w.units.jxj);
    const body = { unitId: w.units.jxj, lineId: "returned", reason: "退回系审核人误操作", evidence: "督查室9月16日更正说明" };
    expect((await (await w.as("fgw")).call("POST", url("/appeals"), body)).statusCode).toBe(403);
    expect((await jxj.call("POST", url("/appeals"), { ...body, lineId: "item:nonsense" })).statusCode).toBe(422);
    const filed = await jxj.call("POST", url("/appeals"), body);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ status: "pending", evidence: "督查室9月16日更正说明" });
    const appealId = filed.json().id;
    expect((await (await w.as("fgw")).call("GET", url("/appeals"))).json()).toEqual([]);

    const decide = { version: filed.json().version, decision: "uphold", value: 0, note: "经核实，退回系误操作，不扣分" };
    expect((await jxj.call("POST", url(`/appeals/${appealId}/decision`), decide)).statusCode).toBe(403);
    const decided = await w.supervisor.call("POST", url(`/appeals/${appealId}/decision`), decide);
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: "upheld", value: 0 });
    expect((await w.supervisor.call("POST", url(`/appeals/${appealId}/decision`), { ...decide, version: decided.json().version })).statusCode).toBe(422);

    const after = (await scoresAs(w.supervisor)).scores.find((s: { unitId: string }) => s.unitId === w.units.jxj);
    expect(after.total).toBeCloseTo(before.total + 2, 2);
    expect(after.lines.find((l: { id: string }) => l.id === "returned")).toBeUndefined();
    const log = (await w.supervisor.call("GET", `/api/audit?entity=appeal&entityId=${appealId}`)).json();
    expect(log.map((e: { action: string }) => e.action).sort()).toEqual(["assessments.appeal", "assessments.appeal_uphold"]);
  });

  it("exports the ranking as .xlsx and .docx to those who may read the plan", async () => {
    const xlsx = await (await w.as("viewer")).call("GET", url("/ranking.xlsx"));
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const { ranking } = await scoresAs(w.supervisor);
    expect(workbook.worksheets[0].getCell("B3").value).toBe(ranking[0].unitName);
    expect(workbook.worksheets[0].getCell("F3").value).toBe(ranking[0].total);
    const docx = await w.supervisor.call("GET", url("/ranking.docx"));
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    expect((await w.t.app.inject({ method: "GET", url: url("/ranking.docx") })).statusCode).toBe(401);
  });
});
