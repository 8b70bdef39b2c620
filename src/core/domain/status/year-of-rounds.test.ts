import { describe, expect, it } from "vitest";
import { overdueSignal } from "./overdue.ts";
import { judgeTarget, type Observation } from "./target-status.ts";
import type { TargetSpec } from "./trajectory.ts";

// 规上工业企业达到200家 (from 100 at the end of 2024), judged after each monthly round of 2025.
const spec: TargetSpec = { kind: "level", cmp: ">=", value: 200, baseline: 100, start: "2024-12-31", deadline: "2025-12-31" };

/** A clock the test moves by hand: the day each round's status is read. */
class FakeClock {
  constructor(public today: string) {}
  set(day: string): void {
    this.today = day;
  }
}

// period, value reported (null: the unit did not report), status, reason — expected by now is
// 100 + 100 × days since 2024-12-31 / 365, e.g. April: 100 + 100 × 120/365 = 132.9.
const year: [string, number | null, string, string][] = [
  ["2025-01", 109, "green", "应达 108.5(2025-01),实报 109.0,符合进度 → 绿"],
  ["2025-02", 117, "green", "应达 116.2(2025-02),实报 117.0,符合进度 → 绿"],
  ["2025-03", 125, "green", "应达 124.7(2025-03),实报 125.0,符合进度 → 绿"],
  ["2025-04", 130, "amber", "应达 132.9(2025-04),实报 130.0,落后 2.2%,在容差 5% 内 → 黄"],
  ["2025-05", 136, "amber", "应达 141.4(2025-05),实报 136.0,落后 3.8%,在容差 5% 内 → 黄"],
  ["2025-06", 143, "amber", "应达 149.6(2025-06),实报 143.0,落后 4.4%,在容差 5% 内 → 黄"],
  ["2025-07", 140, "red", "应达 158.1(2025-07),实报 140.0,落后 11%,超出容差 5% → 红"],
  ["2025-08", null, "red", "应达 158.1(2025-07),实报 140.0,落后 11%,超出容差 5% → 红"],
  ["2025-09", 160, "red", "应达 174.8(2025-09),实报 160.0,落后 8.5%,超出容差 5% → 红"],
  ["2025-10", 185, "green", "应达 183.3(2025-10),实报 185.0,符合进度 → 绿"],
  ["2025-11", 200, "done", "目标 200.0(2025-12-31),实报 200.0(2025-11),已达成 → 完成"],
  ["2025-12", 203, "done", "目标 200.0(2025-12-31),实报 203.0(2025-12),已达成 → 完成"],
];

function nextMonthFifth(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 12 ? `${y + 1}-01-05` : `${y}-${String(m + 1).padStart(2, "0")}-05`;
}

describe("a year of monthly rounds", () => {
  it("moves green → amber → red → done as the data says, with the reasons", () => {
    const clock = new FakeClock("2025-01-01");
    const observations: Observation[] = [];
    const seen: string[] = [];
    for (const [period, value, status, reason] of year) {
      clock.set(nextMonthFifth(period));
      observations.push({ period, value });
      const result = judgeTarget(spec, observations, { today: clock.today });
      expect({ period, status: result.status, reason: result.reason }).toEqual({ period, status, reason });
      if (seen.at(-1) !== result.status) seen.push(result.status);
    }
    expect(seen).toEqual(["green", "amber", "red", "green", "done"]);
  });

  it("flags the missing August report as overdue apart from the lagging progress", () => {
    const deadline = "2025-09-05";
    expect(overdueSignal(deadline, "2025-09-05", null)).toEqual({ overdue: false, days: 0, reason: "" });
    expect(overdueSignal(deadline, "2025-09-08", null)).toEqual({
      overdue: true,
      days: 3,
      reason: "逾期未报 3 天(截止 2025-09-05)",
    });
    expect(overdueSignal(deadline, "2025-09-20", "2025-09-09")).toEqual({
      overdue: false,
      days: 4,
      reason: "逾期报送 4 天(截止 2025-09-05)",
    });
  });

  it("turns red at the year's end when the count stops short", () => {
    const stalled: Observation[] = [{ period: "2025-12", value: 190 }];
    const result = judgeTarget(spec, stalled, { today: "2026-01-05" });
    expect(result.status).toBe("red");
    expect(result.reason).toBe("目标 200.0(2025-12-31),实报 190.0(2025-12),期限已过未达成 → 红");
  });
});
