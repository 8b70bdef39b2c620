import { describe, expect, it } from "vitest";
import { applyOverride, overrideProblem } from "./override.ts";
import { pairStretchTargets } from "./stretch.ts";
import { inferTargetKind, isAnnualGrowth } from "./target-kind.ts";
import { judgeTask, type TaskFacts } from "./task-status.ts";

const deadline = "2025-06-30";

describe("judgeTask (a task with no number)", () => {
  const cases: [string, TaskFacts, string, string][] = [
    ["nothing reported yet", { deadline, latest: null, today: "2025-03-05" }, "not_started", "尚无进展报告 → 未开始"],
    [
      "nothing reported past the deadline",
      { deadline, latest: null, today: "2025-07-01" },
      "red",
      "期限 2025-06-30 已过,尚无进展报告 → 红",
    ],
    [
      "reported and awaiting review",
      { deadline, latest: { period: "2025-03", completed: false, review: "pending" }, today: "2025-04-03" },
      "green",
      "2025-03 报告推进中,待审核 → 绿",
    ],
    [
      "returned by the reviewer",
      {
        deadline,
        latest: { period: "2025-03", completed: false, review: "returned", comment: "未说明进度" },
        today: "2025-04-03",
      },
      "amber",
      "2025-03 报告推进中,被退回:未说明进度 → 黄",
    ],
    [
      "completed and accepted",
      { deadline, latest: { period: "2025-05", completed: true, review: "accepted" }, today: "2025-06-03" },
      "done",
      "2025-05 报告已完成,审核通过 → 完成",
    ],
    [
      "claims completion but review has not confirmed it past the deadline",
      { deadline, latest: { period: "2025-06", completed: true, review: "pending" }, today: "2025-07-02" },
      "red",
      "期限 2025-06-30 已过,2025-06 报告已完成,未经审核确认完成 → 红",
    ],
    [
      "no deadline never turns red",
      { deadline: null, latest: { period: "2030-06", completed: false, review: "accepted" }, today: "2030-07-02" },
      "green",
      "2030-06 报告推进中,审核通过 → 绿",
    ],
  ];
  it.each(cases)("%s", (_name, facts, status, reason) => {
    expect(judgeTask(facts)).toEqual({ status, reason });
  });
});

describe("overrides", () => {
  it("refuses an override without a reason", () => {
    expect(overrideProblem({ status: "green", reason: "  " })).toBe("reason_required");
    expect(overrideProblem({ status: "green", reason: "数据口径调整" })).toBeNull();
  });

  it("shows the override with who, when, why and the computed reason kept", () => {
    const computed = { status: "red" as const, reason: "应达 10.0(2025-09),实报 8.0,落后 20%,超出容差 5% → 红" };
    const shown = applyOverride(computed, { status: "amber", reason: "统计口径滞后一个月", by: "督查室", at: "2025-10-08T02:00:00Z" });
    expect(shown.status).toBe("amber");
    expect(shown.overridden).toBe(true);
    expect(shown.reason).toBe(`人工调整为黄(督查室,2025-10-08):统计口径滞后一个月;原判定:${computed.reason}`);
    expect(applyOverride(computed, null)).toEqual({ ...computed, overridden: false });
  });
});

describe("target kinds from the extracted words", () => {
  const cases: [string, string | null, "up" | "down" | null, string][] = [
    ["规模以上工业增加值年均增长8%以上", "%", "up", "growth"],
    ["新增规上工业企业不少于20家", "家", "up", "increment"],
    ["累计完成投资500亿元", "亿元", null, "cumulative"],
    ["技改投资占全市工业投资的比重达到40%", "%", null, "share"],
    ["研发投入强度提高0.5个百分点", "百分点", "up", "points"],
    ["单位工业增加值能耗下降15%", "%", "down", "reduction"],
    ["规上工业企业达到200家", "家", null, "level"],
  ];
  it.each(cases)("%s → %s", (quote, unit, change, kind) => {
    expect(inferTargetKind({ quote, unit, change })).toBe(kind);
  });

  it("knows 年均 compounds", () => {
    expect(isAnnualGrowth("年均增长8%")).toBe(true);
    expect(isAnnualGrowth("增长8%")).toBe(false);
  });
});

describe("力争 pairing", () => {
  it("pairs 80亿元,力争85亿元 and leaves a lone 力争 as its own commitment", () => {
    const a = { id: "a", metric: "工业投资", aspirational: false };
    const b = { id: "b", metric: "工业投资", aspirational: true };
    const c = { id: "c", metric: "高新企业", aspirational: true };
    const d = { id: "d", metric: "工业投资", aspirational: false };
    expect(pairStretchTargets([a, b, c, d])).toEqual([
      { commitment: a, stretch: b },
      { commitment: c, stretch: null },
      { commitment: d, stretch: null },
    ]);
  });
});
