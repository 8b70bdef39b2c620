import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";

// Seed 002 (2018-2020): 二/(三) is owned by 市经信委 first. The review sets its baseline to 0 at the end of
// 2017, its value to 100 by 2018-12-31 and a milestone of 80 by 2018-06-30: far above the straight line,
// which would expect only 100 × 181 / 365 = 49.6 by the end of June.
const SEED = readFileSync(new URL("../../../../test/fixtures/seeds/002_09c50576f1e921a4.txt", import.meta.url), "utf8");
const MILESTONES = [{ date: "2018-06-30", value: 80 }];

let w: ReportingWorld;
let itemId: string;
let targetId: string;

beforeAll(async () => {
  w = await createReportingWorld({
    now: "2018-01-02T09:00:00+08:00",
    text: SEED,
    names: { 市经信委: "jxj" },
    async beforePublish(planId, supervisor) {
      const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
      const target = detail.items.find((i: { key: string }) => i.key === "二/(三)").targets[0];
      const patched = await supervisor.call("PATCH", `/api/plans/${planId}/targets/${target.id}`, {
        version: target.version,
        baseline: 0,
        value: 100,
        deadline: "2018-12-31",
        milestones: MILESTONES,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({ milestones: MILESTONES, version: target.version + 1 });
    },
  });
  itemId = w.items["二/(三)"].id;
  targetId = w.items["二/(三)"].targets[0].id;
});
afterAll(() => w.t.close());

const statusOfTarget = async () => {
  const supervisor = await w.as("supervisor");
  const item = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json().items.find((i: { itemId: string }) => i.itemId === itemId);
  return item.targets[0] as { status: string; reason: string };
};

describe("target milestones", () => {
  it("returns the milestones with the target in the plan detail", async () => {
    const supervisor = await w.as("supervisor");
    const detail = (await supervisor.call("GET", `/api/plans/${w.planId}`)).json();
    const target = detail.items.find((i: { key: string }) => i.key === "二/(三)").targets[0];
    expect(target.milestones).toEqual(MILESTONES);
    const other = detail.items.find((i: { key: string; targets: unknown[] }) => i.key !== "二/(三)" && i.targets.length > 0).targets[0];
    expect(other.milestones).toEqual([]);
  });

  it("judges a June report of 60 against the milestone's 80 (red), and against the straight line once it is removed (green)", async () => {
    w.t.clock.set("2018-07-01T09:00:00+08:00");
    w.forgetSessions();
    const supervisor = await w.as("supervisor");
    const opened = await supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2018-06", deadline: "2018-07-05" });
    expect(opened.statusCode).toBe(201);
    const jxj = await w.as("jxj");
    const entry = (await jxj.call("GET", "/api/inbox")).json().find((e: { itemId: string; roundId: string }) => e.itemId === itemId && e.roundId === opened.json().id);
    const form = (await jxj.call("GET", `/api/reports/${entry.reportId}`)).json();
    const draft = await jxj.call("PUT", `/api/reports/${entry.reportId}`, { version: form.report.version, progress: "累计培育 60 家", values: [{ targetId, value: 60 }] });
    const submitted = await jxj.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version });
    expect(submitted.statusCode).toBe(200);
    await supervisor.call("POST", `/api/reports/${entry.reportId}/review`, { version: submitted.json().version, decision: "accept", comment: "" });

    const withMilestone = await statusOfTarget();
    expect(withMilestone.status).toBe("red");
    expect(withMilestone.reason).toContain("应达 80.0(2018-06),实报 60.0");
    // the dashboard's trend picker: only targets with a reported value, judged and ordered by the server
    const reported = (await supervisor.call("GET", `/api/status/reported-targets?planId=${w.planId}`)).json();
    expect(reported.map((t: { targetId: string; status: string }) => [t.targetId, t.status])).toEqual([[targetId, "red"]]);

    const detail = (await supervisor.call("GET", `/api/plans/${w.planId}`)).json();
    const target = detail.items.find((i: { key: string }) => i.key === "二/(三)").targets[0];
    const cleared = await supervisor.call("PATCH", `/api/plans/${w.planId}/targets/${targetId}`, { version: target.version, milestones: [] });
    expect(cleared.statusCode).toBe(200);
    const straight = await statusOfTarget();
    expect(straight.status).toBe("green");
    expect(straight.reason).toContain("应达 49.6(2018-06),实报 60.0");
  });

  it("refuses milestones out of order, with a bad date or a non-number value (400, in Chinese and English)", async () => {
    const supervisor = await w.as("supervisor");
    const detail = (await supervisor.call("GET", `/api/plans/${w.planId}`)).json();
    const target = detail.items.find((i: { key: string }) => i.key === "二/(三)").targets[0];
    const bad = [
      [
        { date: "2018-09-30", value: 90 },
        { date: "2018-06-30", value: 80 },
      ],
      [
        { date: "2018-06-30", value: 80 },
        { date: "2018-06-30", value: 85 },
      ],
      [{ date: "2018-02-30", value: 80 }],
      [{ date: "2018-06-30", value: "八十" }],
    ];
    for (const milestones of bad) {
      const refused = await supervisor.call("PATCH", `/api/plans/${w.planId}/targets/${targetId}`, { version: target.version, milestones });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ code: "request.invalid", message: "请求内容不合法", messageEn: "The request is invalid" });
    }
    const added = await supervisor.call("POST", `/api/plans/${w.planId}/items/${itemId}/targets`, {
      quote: "年中达到 50 家",
      metric: "规上企业",
      value: 50,
      milestones: [
        { date: "2018-06-30", value: 40 },
        { date: "2018-03-31", value: 20 },
      ],
    });
    expect(added.statusCode).toBe(400);
    expect(JSON.stringify(added.json().error.details)).toContain("Milestone dates must be strictly increasing");
    const unchanged = (await supervisor.call("GET", `/api/plans/${w.planId}`)).json().items.find((i: { key: string }) => i.key === "二/(三)").targets[0];
    expect(unchanged).toMatchObject({ version: target.version, milestones: [] });
  });
});
