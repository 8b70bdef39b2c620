import { describe, expect, it } from "vitest";
import { judgeTarget } from "./target-status.ts";
import type { TargetSpec } from "./trajectory.ts";

// A 20-day plan so the half-way day (2025-01-11) sits exactly on 50% of the trajectory.
const window = { start: "2025-01-01", deadline: "2025-01-21" } as const;
const midway = "2025-01-11";
const today = "2025-01-12";

type Row = [name: string, spec: TargetSpec, actual: number, status: string, expected: number];

// Each kind at three boundaries: exactly on trajectory, just behind within 5%, just beyond 5%.
const rows: Row[] = [
  ["level 达到200家 from 100", { kind: "level", cmp: ">=", value: 200, baseline: 100, ...window }, 150, "green", 150],
  ["level, 4% behind", { kind: "level", cmp: ">=", value: 200, baseline: 100, ...window }, 144, "amber", 150],
  ["level, exactly 5% behind", { kind: "level", cmp: ">=", value: 200, baseline: 100, ...window }, 142.5, "amber", 150],
  ["level, 6% behind", { kind: "level", cmp: ">=", value: 200, baseline: 100, ...window }, 141, "red", 150],
  ["increment 新增20家", { kind: "increment", cmp: ">=", value: 20, ...window }, 10, "green", 10],
  ["increment, 4% behind", { kind: "increment", cmp: ">=", value: 20, ...window }, 9.6, "amber", 10],
  ["increment, 6% behind", { kind: "increment", cmp: ">=", value: 20, ...window }, 9.4, "red", 10],
  ["cumulative 累计150 from 50", { kind: "cumulative", cmp: ">=", value: 150, baseline: 50, ...window }, 100, "green", 100],
  ["cumulative, 4% behind", { kind: "cumulative", cmp: ">=", value: 150, baseline: 50, ...window }, 96, "amber", 100],
  ["cumulative, 6% behind", { kind: "cumulative", cmp: ">=", value: 150, baseline: 50, ...window }, 94, "red", 100],
  ["growth 增长8% (rate)", { kind: "growth", cmp: ">=", value: 8, ...window }, 8, "green", 8],
  ["growth, 7.7% is 3.75% behind", { kind: "growth", cmp: ">=", value: 8, ...window }, 7.7, "amber", 8],
  ["growth, 7.5% is 6.25% behind", { kind: "growth", cmp: ">=", value: 8, ...window }, 7.5, "red", 8],
  ["share 占比40% from 30%", { kind: "share", cmp: ">=", value: 40, baseline: 30, ...window }, 35, "green", 35],
  ["share, 4% behind", { kind: "share", cmp: ">=", value: 40, baseline: 30, ...window }, 33.6, "amber", 35],
  ["share, 6% behind", { kind: "share", cmp: ">=", value: 40, baseline: 30, ...window }, 32.9, "red", 35],
  ["points 提高2个百分点 from 60", { kind: "points", cmp: ">=", value: 2, baseline: 60, ...window }, 61, "green", 61],
  ["points, 4% behind", { kind: "points", cmp: ">=", value: 2, baseline: 60, ...window }, 58.56, "amber", 61],
  ["points, 6% behind", { kind: "points", cmp: ">=", value: 2, baseline: 60, ...window }, 57.34, "red", 61],
  ["reduction 下降15%", { kind: "reduction", cmp: ">=", value: 15, ...window }, 7.5, "green", 7.5],
  ["reduction, 4% behind", { kind: "reduction", cmp: ">=", value: 15, ...window }, 7.2, "amber", 7.5],
  ["reduction, 6% behind", { kind: "reduction", cmp: ">=", value: 15, ...window }, 7.05, "red", 7.5],
  ["cap 不超过40 from 50", { kind: "level", cmp: "<=", value: 40, baseline: 50, ...window }, 45, "green", 45],
  ["cap, 4% above the line", { kind: "level", cmp: "<=", value: 40, baseline: 50, ...window }, 46.8, "amber", 45],
  ["cap, 6% above the line", { kind: "level", cmp: "<=", value: 40, baseline: 50, ...window }, 47.7, "red", 45],
  ["band 100左右, 4% off", { kind: "level", cmp: "~", value: 100, baseline: 100, ...window }, 104, "green", 100],
  ["band, 8% off", { kind: "level", cmp: "~", value: 100, baseline: 100, ...window }, 92, "amber", 100],
  ["band, 11% off", { kind: "level", cmp: "~", value: 100, baseline: 100, ...window }, 111, "red", 100],
  ["'=' follows the trajectory's direction (falling)", { kind: "level", cmp: "=", value: 40, baseline: 50, ...window }, 47.7, "red", 45],
];

describe("judgeTarget at the boundaries of each kind", () => {
  it.each(rows)("%s", (_name, spec, actual, status, expected) => {
    const result = judgeTarget(spec, [{ period: midway, value: actual }], { today });
    expect(result.status).toBe(status);
    expect(result.expected).toBeCloseTo(expected, 9);
    expect(result.actual).toBe(actual);
  });

  it("moves with a configured tolerance", () => {
    const spec: TargetSpec = { kind: "level", cmp: ">=", value: 200, baseline: 100, ...window };
    expect(judgeTarget(spec, [{ period: midway, value: 141 }], { today, tolerance: 0.1 }).status).toBe("amber");
    expect(judgeTarget(spec, [{ period: midway, value: 144 }], { today, tolerance: 0.02 }).status).toBe("red");
  });
});

describe("judgeTarget reasons", () => {
  it("states expected, reported, gap and tolerance as the architecture's example does", () => {
    const spec: TargetSpec = {
      kind: "level",
      cmp: ">=",
      value: 70,
      baseline: 50,
      start: "2025-01-01",
      deadline: "2025-12-31",
      milestones: [{ date: "2025-09-30", value: 62 }],
    };
    const result = judgeTarget(spec, [{ period: "2025-09", value: 55.1 }], { today: "2025-10-06" });
    expect(result.reason).toBe("应达 62.0(2025-09),实报 55.1,落后 11%,超出容差 5% → 红");
  });

  it("says amber is within tolerance and green is on track", () => {
    const spec: TargetSpec = { kind: "increment", cmp: ">=", value: 20, ...window };
    expect(judgeTarget(spec, [{ period: midway, value: 9.6 }], { today }).reason).toBe(
      "应达 10.0(2025-01-11),实报 9.6,落后 4%,在容差 5% 内 → 黄",
    );
    expect(judgeTarget(spec, [{ period: midway, value: 11 }], { today }).reason).toBe(
      "应达 10.0(2025-01-11),实报 11.0,符合进度 → 绿",
    );
  });

  it("uses milestones instead of a straight line when the plan gives them", () => {
    const spec: TargetSpec = {
      kind: "cumulative",
      cmp: ">=",
      value: 100,
      ...window,
      milestones: [{ date: "2025-01-06", value: 80 }],
    };
    // half-way between the milestone (80 on day 5) and the deadline (100 on day 20): 80 + 20 × 5/15
    const result = judgeTarget(spec, [{ period: midway, value: 84 }], { today });
    expect(result.expected).toBeCloseTo(80 + (20 * 5) / 15, 9);
    expect(result.status).toBe("amber");
  });
});

describe("年均增长 compounds", () => {
  const spec: TargetSpec = {
    kind: "growth",
    measure: "level",
    annual: true,
    cmp: ">=",
    value: 8,
    baseline: 100,
    start: "2025-01-01",
    deadline: "2027-01-01",
  };

  it("expects about 108 after one year and 116.6 at the end, not the straight line's 108.3", () => {
    const afterOneYear = judgeTarget(spec, [{ period: "2026-01-01", value: 108 }], { today: "2026-01-02" });
    expect(afterOneYear.expected).toBeCloseTo(100 * 1.08 ** (365 / 365.25), 9);
    expect(afterOneYear.expected).toBeLessThan(108.1);
    expect(afterOneYear.status).toBe("green");
    const atEnd = judgeTarget(spec, [{ period: "2027-01-01", value: 116.7 }], { today: "2027-01-02" });
    expect(atEnd.status).toBe("done");
  });
});

describe("done, deadlines and 力争", () => {
  const firm: TargetSpec = { kind: "increment", cmp: ">=", value: 80, stretch: 85, ...window };

  it("is done as soon as a count reaches its commitment", () => {
    expect(judgeTarget(firm, [{ period: midway, value: 80 }], { today }).status).toBe("done");
  });

  it("follows the commitment and records whether the stretch is met", () => {
    const short = judgeTarget(firm, [{ period: "2025-01-21", value: 82 }], { today: "2025-01-22" });
    expect(short.status).toBe("done");
    expect(short.stretchMet).toBe(false);
    expect(short.reason).toBe("目标 80.0(2025-01-21),实报 82.0(2025-01-21),已达成,力争 85.0未达到 → 完成");
    const beyond = judgeTarget(firm, [{ period: "2025-01-21", value: 86 }], { today: "2025-01-22" });
    expect(beyond.stretchMet).toBe(true);
    const onlyStretchMissed = judgeTarget(firm, [{ period: midway, value: 41 }], { today });
    expect(onlyStretchMissed.status).toBe("green");
    expect(onlyStretchMissed.stretchMet).toBe(false);
  });

  it("does not complete a growth rate before its final period", () => {
    const growth: TargetSpec = { kind: "growth", cmp: ">=", value: 8, ...window };
    expect(judgeTarget(growth, [{ period: midway, value: 9 }], { today }).status).toBe("green");
    expect(judgeTarget(growth, [{ period: "2025-01-21", value: 8.1 }], { today: "2025-01-25" }).status).toBe("done");
  });

  it("is red once the deadline has passed unmet", () => {
    const result = judgeTarget(firm, [{ period: "2025-01-21", value: 70 }], { today: "2025-01-22" });
    expect(result.status).toBe("red");
    expect(result.reason).toBe("目标 80.0(2025-01-21),实报 70.0(2025-01-21),期限已过未达成 → 红");
  });

  it("is not started before any value, and red with none past the deadline", () => {
    expect(judgeTarget(firm, [], { today }).status).toBe("not_started");
    expect(judgeTarget(firm, [{ period: midway, value: null }], { today }).reason).toBe("尚无填报数据 → 未开始");
    expect(judgeTarget(firm, [], { today: "2025-02-01" }).reason).toBe("期限 2025-01-21 已过,无填报数据 → 红");
  });

  it("takes the first reported value as the baseline when the plan gives none", () => {
    const share: TargetSpec = { kind: "share", cmp: ">=", value: 40, ...window };
    const result = judgeTarget(
      share,
      [
        { period: "2025-01-11", value: 33 },
        { period: "2025-01-01", value: 30 },
      ],
      { today },
    );
    expect(result.expected).toBeCloseTo(35, 9);
    expect(result.status).toBe("red");
  });
});
