import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartFile } from "../../../../test/helpers/multipart.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

let w: ReportingWorld;
let roundId: string;
const reportIdOf = async (username: string, key: string, role?: string) => {
  const inbox = (await (await w.as(username)).call("GET", "/api/inbox")).json();
  const entry = inbox.find((e: { itemId: string; role: string }) => e.itemId === w.items[key].id && (!role || e.role === role));
  return entry.reportId as string;
};
const read = async (username: string, id: string) => (await (await w.as(username)).call("GET", `/api/reports/${id}`)).json();

beforeAll(async () => {
  w = await createReportingWorld();
  const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  expect(opened.statusCode).toBe(201);
  roundId = opened.json().id;
});
afterAll(() => w.t.close());

describe("rounds", () => {
  it("asks the lead unit and each owner unit about their items", async () => {
    const round = (await w.supervisor.call("GET", `/api/rounds/${roundId}`)).json();
    // 二/1: 市经信局 leads (市财政局 supports); 二/2: 经信局 and 市发改委 are owners
    expect(round).toMatchObject({ period: "2025-08", deadline: "2025-09-20", status: "open", reportCount: 3, submittedCount: 0 });
    expect(round.owing).toEqual([
      { unitId: w.units.fgw, unitName: "市发改委", itemCount: 1, overdue: false, overdueDays: 0, remindedCount: 0, lastRemindedAt: null },
      { unitId: w.units.jxj, unitName: "市经济和信息化局", itemCount: 2, overdue: false, overdueDays: 0, remindedCount: 0, lastRemindedAt: null },
    ]);
  });

  it("refuses a reporter or viewer opening a round, and plans that are not published", async () => {
    const body = { planIds: [w.planId], kind: "adhoc", period: "2025-09-01", deadline: "2025-09-30" };
    expect((await (await w.as("jxj")).call("POST", "/api/rounds", body)).statusCode).toBe(403);
    expect((await (await w.as("viewer")).call("POST", "/api/rounds", body)).statusCode).toBe(403);
    const draft = await w.supervisor.call("POST", "/api/plans/import", { text: "某某方案\n一、任务\n1、做事。(市财政局负责)\n" });
    const refused = await w.supervisor.call("POST", "/api/rounds", { ...body, planIds: [draft.json().plan.id] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("rounds.plan_not_published");
    expect((await w.supervisor.call("POST", "/api/rounds", body, { csrf: false })).statusCode).toBe(403);
  });

  it("shows a reporter only the rounds that ask its units", async () => {
    expect((await (await w.as("czj")).call("GET", "/api/rounds")).json()).toEqual([]);
    expect((await (await w.as("fgw")).call("GET", "/api/rounds")).json()).toHaveLength(1);
  });
});

describe("the inbox", () => {
  it("lists what a unit submits and what it supports, across plans", async () => {
    const jxj = (await (await w.as("jxj")).call("GET", "/api/inbox")).json();
    expect(jxj.map((e: { path: string[]; role: string }) => `${e.path.join("/")}:${e.role}`).sort()).toEqual(["二/1:lead", "二/2:owners"]);
    const czj = (await (await w.as("czj")).call("GET", "/api/inbox")).json();
    expect(czj).toEqual([expect.objectContaining({ path: ["二", "1"], role: "support", reportStatus: "not_started", overdue: false })]);
  });
});

describe("permissions on reports", () => {
  it("hides a unit's report from another unit's reporter (404) and lets it neither write nor submit", async () => {
    const id = await reportIdOf("jxj", "二/2");
    const fgw = await w.as("fgw");
    expect((await fgw.call("GET", `/api/reports/${id}`)).statusCode).toBe(404);
    expect((await fgw.call("PUT", `/api/reports/${id}`, { version: 1, progress: "x", values: [] })).statusCode).toBe(404);
    expect((await fgw.call("POST", `/api/reports/${id}/submit`, { version: 1 })).statusCode).toBe(404);
  });

  it("lets a support unit read and contribute but not write or submit the lead's report", async () => {
    const id = await reportIdOf("jxj", "二/1");
    const czj = await w.as("czj");
    expect((await czj.call("GET", `/api/reports/${id}`)).statusCode).toBe(200);
    const write = await czj.call("PUT", `/api/reports/${id}`, { version: 1, progress: "代为填写", values: [] });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe("reports.support_cannot_submit");
    expect((await czj.call("POST", `/api/reports/${id}/submit`, { version: 1 })).statusCode).toBe(403);
    const target = w.items["二/1"].targets[0].id;
    const given = await czj.call("POST", `/api/reports/${id}/contributions`, { text: "已拨付技改资金 3000 万元", values: [{ targetId: target, value: 6 }] });
    expect(given.statusCode).toBe(200);
    const detail = await read("jxj", id);
    expect(detail.contributions).toEqual([expect.objectContaining({ unitName: "市财政局", text: "已拨付技改资金 3000 万元" })]);
    const notSupport = await (await w.as("fgw")).call("POST", `/api/reports/${id}/contributions`, { text: "x" });
    expect(notSupport.statusCode).toBe(404);
  });

  it("does not let a reporter review or see the review queue", async () => {
    const id = await reportIdOf("jxj", "二/1");
    const jxj = await w.as("jxj");
    expect((await jxj.call("POST", `/api/reports/${id}/review`, { version: 1, decision: "accept" })).statusCode).toBe(403);
    expect((await jxj.call("GET", "/api/reviews")).statusCode).toBe(403);
  });
});

describe("draft, submit, review, resubmit", () => {
  it("needs a value or a reason for every target before submitting", async () => {
    const id = await reportIdOf("fgw", "二/2");
    const fgw = await w.as("fgw");
    const target = w.items["二/2"].targets[0].id;
    const draft = await fgw.call("PUT", `/api/reports/${id}`, { version: 1, progress: "用电量统计中", values: [] });
    expect(draft.statusCode).toBe(200);
    const refused = await fgw.call("POST", `/api/reports/${id}/submit`, { version: 2 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "reports.incomplete", details: { targetIds: [target] } });
    const noReason = await fgw.call("PUT", `/api/reports/${id}`, { version: 2, progress: "用电量统计中", values: [{ targetId: target, value: null }] });
    expect((await fgw.call("POST", `/api/reports/${id}/submit`, { version: noReason.json().version })).statusCode).toBe(422);
    const withReason = await fgw.call("PUT", `/api/reports/${id}`, {
      version: noReason.json().version,
      progress: "用电量统计中",
      values: [{ targetId: target, value: null, noDataReason: "供电公司月中提供数据" }],
    });
    const submitted = await fgw.call("POST", `/api/reports/${id}/submit`, { version: withReason.json().version });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: "submitted", submissions: 1 });
  });

  it("rejects numbers given as text", async () => {
    const id = await reportIdOf("jxj", "二/1");
    const target = w.items["二/1"].targets[0].id;
    const bad = await (await w.as("jxj")).call("PUT", `/api/reports/${id}`, { version: 1, progress: "x", values: [{ targetId: target, value: "五成" }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("request.invalid");
  });

  it("refuses a reported value out of range or too precise, naming the field", async () => {
    const id = await reportIdOf("jxj", "二/1");
    const target = w.items["二/1"].targets[0].id;
    const jxj = await w.as("jxj");
    for (const value of [1e308, 99999999999999999999, 0.1234567890123456789]) {
      const bad = await jxj.call("PUT", `/api/reports/${id}`, { version: 1, progress: "x", values: [{ targetId: target, value }] });
      expect(bad.statusCode, String(value)).toBe(400);
      expect(JSON.stringify(bad.json().error.details)).toContain("values/0/value");
    }
  });

  it("returns with a comment, tells the unit, shows the reviewer what changed, and accepts the resubmission", async () => {
    const id = await reportIdOf("jxj", "二/1");
    const jxj = await w.as("jxj");
    const target = w.items["二/1"].targets[0].id;
    const current = (await read("jxj", id)).report;
    const draft = await jxj.call("PUT", `/api/reports/${id}`, { version: current.version, progress: "新增规上企业 6 家", values: [{ targetId: target, value: 6 }] });
    const first = await jxj.call("POST", `/api/reports/${id}/submit`, { version: draft.json().version });
    expect(first.statusCode).toBe(200);

    const noComment = await w.supervisor.call("POST", `/api/reports/${id}/review`, { version: first.json().version, decision: "return", comment: " " });
    expect(noComment.json().error.code).toBe("reports.comment_required");
    const returned = await w.supervisor.call("POST", `/api/reports/${id}/review`, { version: first.json().version, decision: "return", comment: "请列出企业名单" });
    expect(returned.json()).toMatchObject({ status: "returned", reviewComment: "请列出企业名单" });
    const inbox = (await jxj.call("GET", "/api/notifications")).json();
    expect(inbox[0]).toMatchObject({ kind: "report_returned", title: "报告被退回(2025-08)", read: false });
    expect((await jxj.call("POST", `/api/notifications/${inbox[0].id}/read`)).statusCode).toBe(200);
    expect((await (await w.as("fgw")).call("POST", `/api/notifications/${inbox[0].id}/read`)).statusCode).toBe(404);

    const edited = await jxj.call("PUT", `/api/reports/${id}`, {
      version: returned.json().version,
      progress: "新增规上企业 7 家:甲、乙、丙、丁、戊、己、庚",
      values: [{ targetId: target, value: 7 }],
    });
    const again = await jxj.call("POST", `/api/reports/${id}/submit`, { version: edited.json().version });
    expect(again.json()).toMatchObject({ status: "submitted", submissions: 2 });

    const queue = (await w.supervisor.call("GET", "/api/reviews")).json();
    const entry = queue.find((q: { reportId: string }) => q.reportId === id);
    expect(entry.changes.map((c: { field: string }) => c.field)).toEqual(["progress", `values.${target}`]);
    expect(entry.changes[1]).toMatchObject({ before: { value: 6 }, after: { value: 7 } });

    const accepted = await w.supervisor.call("POST", `/api/reports/${id}/review`, { version: again.json().version, decision: "accept", comment: "" });
    expect(accepted.json().status).toBe("accepted");
    const history = (await read("jxj", id)).history.map((h: { action: string }) => h.action);
    expect(history).toEqual(["submit", "return", "submit", "accept"]);
  });

  it("answers a stale resubmission with 409 and the current report", async () => {
    const id = await reportIdOf("jxj", "二/2");
    const jxj = await w.as("jxj");
    const target = w.items["二/2"].targets[0].id;
    const draft = await jxj.call("PUT", `/api/reports/${id}`, { version: 1, progress: "用电量增长 4.8%", values: [{ targetId: target, value: 4.8 }] });
    const v = draft.json().version;
    expect((await jxj.call("POST", `/api/reports/${id}/submit`, { version: v })).statusCode).toBe(200);
    const stale = await jxj.call("POST", `/api/reports/${id}/submit`, { version: v });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ id, status: "submitted" });
    const staleDraft = await jxj.call("PUT", `/api/reports/${id}`, { version: 1, progress: "旧", values: [] });
    expect(staleDraft.statusCode).toBe(422);
  });
});

describe("plausibility and pre-fill in the next round", () => {
  it("asks for an explanation when a value jumps against the last round", async () => {
    const next = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-09", deadline: "2025-10-10" });
    const nextRound = next.json().id;
    const inbox = (await (await w.as("jxj")).call("GET", "/api/inbox")).json();
    const entry = inbox.find((e: { roundId: string; itemId: string }) => e.roundId === nextRound && e.itemId === w.items["二/1"].id);
    const detail = await read("jxj", entry.reportId);
    expect(detail.previous).toMatchObject({ period: "2025-08", values: [{ value: 7 }] });
    const jxj = await w.as("jxj");
    const target = w.items["二/1"].targets[0].id;
    const draft = await jxj.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "新增 19 家", values: [{ targetId: target, value: 19 }] });
    const refused = await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: "reports.implausible", details: { targets: [{ targetId: target, against: "last_round", previous: 7 }] } });
    const explained = await jxj.call("PUT", `/api/reports/${entry.reportId}`, {
      version: draft.json().version,
      progress: "新增 19 家",
      values: [{ targetId: target, value: 19, explanation: "9 月集中认定一批小升规企业" }],
    });
    expect((await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: explained.json().version })).statusCode).toBe(200);
  });
});

describe("attachments", () => {
  it("takes allowed types within the size limit and refuses others", async () => {
    const id = await reportIdOf("fgw", "二/2");
    const fgw = await w.as("fgw");
    const upload = (name: string, bytes: Buffer | string) => {
      const form = multipartFile(name, bytes);
      return w.t.app.inject({ method: "POST", url: `/api/reports/${id}/attachments`, headers: { cookie: fgw.cookie, "x-csrf-token": fgw.csrfToken, ...form.headers }, payload: form.payload });
    };
    const ok = await upload("用电量.txt", "9 月用电量 12.3 亿千瓦时");
    expect(ok.statusCode).toBe(201);
    const got = await fgw.call("GET", `/api/reports/${id}/attachments/${ok.json().id}`);
    expect(got.body).toBe("9 月用电量 12.3 亿千瓦时");
    expect((await (await w.as("jxj")).call("GET", `/api/reports/${id}/attachments/${ok.json().id}`)).statusCode).toBe(404);
    expect((await upload("tool.exe", "MZ")).statusCode).toBe(415);
    expect((await upload("big.pdf", Buffer.alloc(10 * 1024 * 1024 + 1))).statusCode).toBe(413);
  });
});
