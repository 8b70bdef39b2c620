import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

// Seed 002 (鄂州市工业经济稳增长快转型高质量发展工作方案 2018-2020): 二/(三) commits the owners, 市经信委 first,
// to 用3年时间打造30家以上省级隐形冠军企业. With a baseline of 0 at the end of 2017 and the deadline at the
// plan's end (2020-12-31, 1096 days later), the trajectory expects 30 × days / 1096 by each month's end
// (April: 30 × 485 / 1096 = 13.3).
const SEED = readFileSync(new URL("../../../../test/fixtures/seeds/002_09c50576f1e921a4.txt", import.meta.url), "utf8");
const UNIT = "市经信委";

// month of 2019, value reported, status, reason (the owners are several units, so reasons name the unit)
const year: [string, number, string, string][] = [
  ["2019-01", 11, "green", "应达 10.8(2019-01),实报 11.0,符合进度 → 绿"],
  ["2019-02", 12, "green", "应达 11.6(2019-02),实报 12.0,符合进度 → 绿"],
  ["2019-03", 13, "green", "应达 12.5(2019-03),实报 13.0,符合进度 → 绿"],
  ["2019-04", 13, "amber", "应达 13.3(2019-04),实报 13.0,落后 2.1%,在容差 5% 内 → 黄"],
  ["2019-05", 14, "amber", "应达 14.1(2019-05),实报 14.0,落后 0.9%,在容差 5% 内 → 黄"],
  ["2019-06", 14.5, "amber", "应达 14.9(2019-06),实报 14.5,落后 3%,在容差 5% 内 → 黄"],
  ["2019-07", 14, "red", "应达 15.8(2019-07),实报 14.0,落后 11%,超出容差 5% → 红"],
  ["2019-08", 15, "red", "应达 16.6(2019-08),实报 15.0,落后 9.9%,超出容差 5% → 红"],
  ["2019-09", 16, "red", "应达 17.5(2019-09),实报 16.0,落后 8.4%,超出容差 5% → 红"],
  ["2019-10", 25, "green", "应达 18.3(2019-10),实报 25.0,符合进度 → 绿"],
  ["2019-11", 30, "done", "目标 30.0(2020-12-31),实报 30.0(2019-11),已达成 → 完成"],
  ["2019-12", 31, "done", "目标 30.0(2020-12-31),实报 31.0(2019-12),已达成 → 完成"],
];

let w: ReportingWorld;
let itemId: string;
let targetId: string;

const nextMonth = (period: string) => {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

beforeAll(async () => {
  w = await createReportingWorld({
    now: "2019-01-02T09:00:00+08:00",
    text: SEED,
    names: { [UNIT]: "jxj" },
    async beforePublish(planId, supervisor) {
      const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
      const item = detail.items.find((i: { key: string }) => i.key === "二/(三)");
      const target = item.targets[0];
      const patched = await supervisor.call("PATCH", `/api/plans/${planId}/targets/${target.id}`, { version: target.version, baseline: 0 });
      expect(patched.statusCode).toBe(200);
    },
  });
  itemId = w.items["二/(三)"].id;
  targetId = w.items["二/(三)"].targets[0].id;
});
afterAll(() => w.t.close());

describe("a year of monthly rounds on seed 002", () => {
  it("moves the target green → amber → red → green → done with the reasons, and the dashboard follows", async () => {
    const seen: string[] = [];
    let previous: number | null = null;
    for (const [period, value, status, reason] of year) {
      w.t.clock.set(`${nextMonth(period)}-01T09:00:00+08:00`);
      w.forgetSessions();
      const supervisor = await w.as("supervisor");
      const opened = await supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period, deadline: `${nextMonth(period)}-05` });
      expect(opened.statusCode).toBe(201);
      const jxj = await w.as("jxj");
      const entry = (await jxj.call("GET", "/api/inbox")).json().find((e: { itemId: string; roundId: string }) => e.itemId === itemId && e.roundId === opened.json().id);
      const form = (await jxj.call("GET", `/api/reports/${entry.reportId}`)).json();
      expect(form.previous?.values[0].value ?? null).toBe(previous);
      let draft = await jxj.call("PUT", `/api/reports/${entry.reportId}`, { version: form.report.version, progress: `累计培育 ${value} 家`, values: [{ targetId, value }] });
      let submitted = await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version });
      if (period === "2019-10") {
        expect(submitted.json().error.code).toBe("reports.implausible");
        draft = await jxj.call("PUT", `/api/reports/${entry.reportId}`, {
          version: draft.json().version,
          progress: `累计培育 ${value} 家`,
          values: [{ targetId, value, explanation: "10 月省级认定公布 9 家" }],
        });
        submitted = await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version });
      }
      expect(submitted.statusCode).toBe(200);
      await supervisor.call("POST", `/api/reports/${entry.reportId}/review`, { version: submitted.json().version, decision: "accept", comment: "" });
      previous = value;

      const statusNow = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json();
      const item = statusNow.items.find((i: { itemId: string }) => i.itemId === itemId);
      expect({ period, status: item.targets[0].status, reason: item.targets[0].reason }).toEqual({ period, status, reason: `市经济和信息化局:${reason}` });
      expect(item.status).toBe(status);
      if (seen.at(-1) !== status) seen.push(status);

      const dashboard = (await supervisor.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
      const lagging = dashboard.lagging.some((l: { itemId: string }) => l.itemId === itemId);
      expect(lagging).toBe(status === "amber" || status === "red");
    }
    expect(seen).toEqual(["green", "amber", "red", "green", "done"]);
  });

  it("reads an earlier period back as it stood then, and the series shows expected beside reported", async () => {
    const supervisor = await w.as("supervisor");
    const july = (await supervisor.call("GET", `/api/status?planId=${w.planId}&period=2019-07`)).json();
    const item = july.items.find((i: { itemId: string }) => i.itemId === itemId);
    expect(item.targets[0]).toMatchObject({ status: "red", actual: 14, period: "2019-07" });
    const series = (await supervisor.call("GET", `/api/targets/${targetId}/series`)).json();
    expect(series).toHaveLength(12);
    expect(series[3]).toMatchObject({ period: "2019-04", value: 13 });
    expect(series[3].expected).toBeCloseTo((30 * 485) / 1096, 9);
  });

  it("flags the other owners as overdue apart from progress, and rolls up without summing rates", async () => {
    w.t.clock.set("2020-01-08T09:00:00+08:00");
    w.forgetSessions();
    const supervisor = await w.as("supervisor");
    const statusNow = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json();
    const item = statusNow.items.find((i: { itemId: string }) => i.itemId === itemId);
    expect(item.status).toBe("done");
    expect(item.overdue).toBe(true);
    expect(item.overdueReason).toContain("市发改委:逾期未报 3 天(截止 2020-01-05)");
    const goal = statusNow.items.find((i: { path: string[] }) => i.path.join("/") === "一/(一)");
    expect(goal.targets.map((t: { status: string }) => t.status)).toEqual(goal.targets.map(() => "not_started"));
    const dashboard = (await supervisor.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
    expect(dashboard.counts.done).toBeGreaterThanOrEqual(1);
    expect(dashboard.rules.values).toContain("不相加");
    const jxjRow = dashboard.byUnit.find((u: { unitId: string }) => u.unitId === w.units.jxj);
    expect(jxjRow.counts.done).toBeGreaterThanOrEqual(1);
    expect(dashboard.byPlan).toEqual([expect.objectContaining({ planId: w.planId, total: statusNow.items.length })]);
  });

  it("lets a supervisor override with a reason, shown with who and why; refuses without one or for a reporter", async () => {
    const supervisor = await w.as("supervisor");
    const noReason = await supervisor.call("POST", "/api/status/overrides", { targetId, status: "amber", reason: "  " });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe("status.override_reason_required");
    expect((await (await w.as("jxj")).call("POST", "/api/status/overrides", { targetId, status: "green", reason: "自评" })).statusCode).toBe(403);
    const made = await supervisor.call("POST", "/api/status/overrides", { targetId, status: "amber", reason: "认定文件尚未印发" });
    expect(made.statusCode).toBe(201);
    const item = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json().items.find((i: { itemId: string }) => i.itemId === itemId);
    expect(item.targets[0]).toMatchObject({ status: "amber", overridden: true });
    expect(item.targets[0].reason).toContain("人工调整为黄(督查室,2020-01-08)");
    expect(item.targets[0].reason).toContain("认定文件尚未印发");
    expect(item.targets[0].reason).toContain("原判定:市经济和信息化局:目标 30.0");

    w.t.clock.set("2020-01-08T09:05:00+08:00");
    expect((await supervisor.call("POST", "/api/status/overrides", { targetId, status: "red", reason: "复核后认定滞后" })).statusCode).toBe(201);
    const again = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json().items.find((i: { itemId: string }) => i.itemId === itemId);
    expect(again.targets[0]).toMatchObject({ status: "red", overridden: true });
    expect(again.targets[0].reason).toContain("复核后认定滞后");
  });

  it("shows a reporter only the items of its units", async () => {
    const fgw = await w.as("fgw");
    const mine = (await fgw.call("GET", `/api/status?planId=${w.planId}`)).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i: { unitIds: string[] }) => i.unitIds.includes(w.units.fgw))).toBe(true);
  });
});
