import { describe, expect, it } from "vitest";
import type { Status } from "../status/status.ts";
import { mergeSummaries, rollUp, sumIfAdditive, summarise } from "./rollup.ts";

interface Row {
  status: Status;
  overdue?: boolean;
  plan: string;
  section: string;
  units: string[];
  region: string;
}

const rows: Row[] = [
  { status: "green", plan: "p1", section: "一", units: ["经信局"], region: "鄂城区" },
  { status: "red", plan: "p1", section: "一", units: ["经信局", "发改委"], region: "鄂城区", overdue: true },
  { status: "done", plan: "p1", section: "二", units: ["发改委"], region: "华容区" },
  { status: "amber", plan: "p2", section: "一", units: ["科技局"], region: "华容区" },
  { status: "not_started", plan: "p2", section: "二", units: ["科技局"], region: "梁子湖区" },
];

describe("roll-ups", () => {
  it("counts, takes the worst and the share on track by plan", () => {
    const byPlan = rollUp(rows, (r) => [r.plan]);
    expect(byPlan.get("p1")).toEqual({
      counts: { green: 1, amber: 0, red: 1, done: 1, not_started: 0 },
      total: 3,
      worst: "red",
      onTrackShare: 2 / 3,
      overdue: 1,
    });
    expect(byPlan.get("p2")?.worst).toBe("amber");
    expect(byPlan.get("p2")?.onTrackShare).toBe(0);
  });

  it("counts an entry under each of its units", () => {
    const byUnit = rollUp(rows, (r) => r.units);
    expect(byUnit.get("经信局")?.total).toBe(2);
    expect(byUnit.get("发改委")?.counts).toEqual({ green: 0, amber: 0, red: 1, done: 1, not_started: 0 });
  });

  it("groups by section within a plan and by region", () => {
    expect(rollUp(rows, (r) => [`${r.plan}/${r.section}`]).get("p1/一")?.worst).toBe("red");
    const byRegion = rollUp(rows, (r) => [r.region]);
    expect(byRegion.get("梁子湖区")).toMatchObject({ worst: "not_started", onTrackShare: null });
    expect(byRegion.get("华容区")?.onTrackShare).toBe(0.5);
  });

  it("summarises nothing as not started", () => {
    expect(summarise([])).toMatchObject({ total: 0, worst: "not_started", onTrackShare: null });
  });

  it("adds counts and amounts, never rates or shares", () => {
    expect(sumIfAdditive("increment", "家", [3, 4, 5])).toBe(12);
    expect(sumIfAdditive("level", "亿元", [1.5, 2])).toBe(3.5);
    expect(sumIfAdditive("growth", "%", [8, 10])).toBeNull();
    expect(sumIfAdditive("share", "%", [30, 40])).toBeNull();
    expect(sumIfAdditive("level", "%", [30, 40])).toBeNull();
  });
});

describe("merging summaries of disjoint groups", () => {
  it("gives what summarising all entries at once gives", () => {
    const byPlan = rollUp(rows, (r) => [r.plan]);
    const merged = mergeSummaries([...byPlan.values()]);
    expect(merged).toEqual(summarise(rows));
    expect(merged).toMatchObject({ total: 5, worst: "red", onTrackShare: 2 / 4, overdue: 1 });
  });
});
