import { describe, expect, it } from "vitest";
import { attainment, type AssessedTarget } from "./attainment.ts";
import { compareRankings, rank } from "./ranking.ts";
import { DEFAULT_RULES, type RuleSheet } from "./rules.ts";
import { scoreUnits, type AssessedUnit } from "./score.ts";

/*
 * The worked example. Rule sheet: 100 marks; a task weighs 1, a growth target 2, other kinds 1; item i3 is
 * set to weight 3; lead and owner units carry full weight, a support unit half; a task without numbers earns
 * done 1, green 1, amber 0.6, red 0.2, not started 0; 2 bonus marks per 力争 met (at most 5); 1 mark off
 * per late report and 0.5 per returned report (at most 10); item i9 is a veto item.
 */
const rules: RuleSheet = {
  ...DEFAULT_RULES,
  fullMarks: 100,
  weights: { task: 1, byTargetKind: { ...DEFAULT_RULES.weights.byTargetKind, growth: 2 }, byItem: { i3: 3 } },
  roleFactor: { lead: 1, owners: 1, support: 0.5 },
  taskCredit: { done: 1, green: 1, amber: 0.6, red: 0.2, not_started: 0 },
  stretchBonus: { perTarget: 2, cap: 5 },
  deductions: { lateReport: 1, returnedReport: 0.5, cap: 10 },
  vetoItems: ["i9"],
};

const target = (over: Partial<AssessedTarget>): AssessedTarget => ({
  targetId: "t",
  label: "指标",
  kind: "level",
  cmp: ">=",
  baseline: null,
  goal: 1,
  stretch: null,
  actual: null,
  ...over,
});

const units: AssessedUnit[] = [
  {
    unitId: "a",
    unitName: "市经信局",
    lateReports: 2,
    returnedReports: 1,
    items: [
      // i1 growth, goal 8, actual 6, no baseline: 6/8 = 0.75; weight 2 (growth) × 1 (lead) = 2
      { itemId: "i1", label: "1 工业增加值", role: "lead", status: "amber", targets: [target({ targetId: "t1", label: "增速", kind: "growth", goal: 8, actual: 6 })] },
      // i2 task, amber: 0.6; weight 1
      { itemId: "i2", label: "2 技术改造", role: "lead", status: "amber", targets: [] },
      // i3 increment from 100 to 120, actual 130, 力争 125: (130−100)/(120−100) = 1.5 → 1; stretch met;
      //    weight set 3 × 0.5 (support) = 1.5
      { itemId: "i3", label: "3 新增企业", role: "support", status: "done", targets: [target({ targetId: "t3", label: "企业数", kind: "increment", baseline: 100, goal: 120, stretch: 125, actual: 130 })] },
    ],
    // Σw = 2 + 1 + 1.5 = 4.5; Σw·a = 1.5 + 0.6 + 1.5 = 3.6; completion = 100 × 3.6 / 4.5 = 80
    //   lines: i1 = 100×2×0.75/4.5 = 33.33, i2 = 100×1×0.6/4.5 = 13.33, i3 = 100×1.5×1/4.5 = 33.33
    // bonus: 1 力争 met × 2 = 2; deductions: 2 late × 1 + 1 returned × 0.5 = 2.5
    // total = 80 + 2 − 2.5 = 79.5
  },
  {
    unitId: "b",
    unitName: "华容区",
    lateReports: 0,
    returnedReports: 3,
    items: [
      // i1 growth, goal 8, actual 9: 9/8 = 1.125 → 1; weight 2 × 1 (owners) = 2
      { itemId: "i1", label: "1 工业增加值", role: "owners", status: "done", targets: [target({ targetId: "t1", label: "增速", kind: "growth", goal: 8, actual: 9 })] },
      // i4 task done: 1; weight 1
      { itemId: "i4", label: "4 园区建设", role: "lead", status: "done", targets: [] },
      // i5 level ≤ 0.5 (能耗), actual 0.6, no baseline: 0.5/0.6 = 0.8333; weight 1
      { itemId: "i5", label: "5 单位能耗", role: "lead", status: "red", targets: [target({ targetId: "t5", label: "能耗", cmp: "<=", goal: 0.5, actual: 0.6 })] },
    ],
    // Σw = 4; Σw·a = 2 + 1 + 0.83333 = 3.83333; completion = 100 × 3.83333 / 4 = 95.8333 → 95.83
    // deductions: 3 returned × 0.5 = 1.5; total = 95.8333 − 1.5 = 94.3333 → 94.33
  },
  {
    unitId: "c",
    unitName: "鄂城区",
    lateReports: 0,
    returnedReports: 0,
    items: [
      // i6 task green: 1; i9 task red: 0.2 and a veto item; Σw = 2, completion = 100 × 1.2 / 2 = 60
      { itemId: "i6", label: "6 招商引资", role: "lead", status: "green", targets: [] },
      { itemId: "i9", label: "9 安全生产", role: "lead", status: "red", targets: [] },
    ],
    // vetoed: total 0, ranked last
  },
];

describe("assessment on the worked example", () => {
  it("scores each unit as computed by hand, line by line", () => {
    const [a, b, c] = scoreUnits(units, rules);
    expect(a).toMatchObject({ completion: 80, bonus: 2, deductions: 2.5, total: 79.5, vetoed: false });
    expect(a.lines.map((l) => [l.id, l.points])).toEqual([
      ["item:i1", 33.33],
      ["item:i2", 13.33],
      ["item:i3", 33.33],
      ["bonus", 2],
      ["late", -2],
      ["returned", -0.5],
    ]);
    expect(a.lines[0].formula).toBe("增速 6/8=0.75；指标类型权重 2×牵头 1=2；100×2×0.75/4.5=33.33");
    expect(a.lines[2].formula).toBe("企业数 (130−100)/(120−100)=1.50 → 1.00；指定权重 3×配合 0.5=1.5；100×1.5×1/4.5=33.33");
    expect(b).toMatchObject({ completion: 95.83, bonus: 0, deductions: 1.5, total: 94.33, vetoed: false });
    expect(b.lines.find((l) => l.id === "item:i5")!.formula).toContain("能耗 0.5/0.6=0.83");
    expect(c).toMatchObject({ completion: 60, total: 0, vetoed: true });
    expect(c.lines.at(-1)).toMatchObject({ id: "veto:i9", label: "一票否决" });
  });

  it("ranks by total with vetoed units last", () => {
    expect(rank(scoreUnits(units, rules)).map((r) => [r.rank, r.unitName, r.total])).toEqual([
      [1, "华容区", 94.33],
      [2, "市经信局", 79.5],
      [3, "鄂城区", 0],
    ]);
  });

  it("what-if: the same function under changed rules shows the new ranking", () => {
    const before = rank(scoreUnits(units, rules));
    // support units at full weight: 市经信局 i3 weighs 3; Σw = 6, Σw·a = 1.5 + 0.6 + 3 = 5.1 → 85; 85 + 2 − 2.5 = 84.5
    // no veto and red tasks worth 1: 鄂城区 = 100 × 2 / 2 = 100, first
    const changed: RuleSheet = { ...rules, roleFactor: { ...rules.roleFactor, support: 1 }, vetoItems: [], taskCredit: { ...rules.taskCredit, red: 1 } };
    const after = rank(scoreUnits(units, changed));
    expect(compareRankings(before, after).map((c) => [c.unitName, c.before.rank, c.after.rank, c.after.total])).toEqual([
      ["鄂城区", 3, 1, 100],
      // 华容区 i5 is a number target, untouched by taskCredit: still 94.33
      ["华容区", 1, 2, 94.33],
      ["市经信局", 2, 3, 84.5],
    ]);
  });

  it("an upheld appeal replaces the line it concerns and says so", () => {
    // 市经信局 appeals i1: the accepted value should have been 7.2, 7.2/8 = 0.9
    // Σw·a = 1.8 + 0.6 + 1.5 = 3.9; completion = 390/4.5 = 86.667; total = 86.667 + 2 − 2.5 = 86.1667 → 86.17
    const [a] = scoreUnits(units, rules, [{ unitId: "a", lineId: "item:i1", value: 0.9, note: "统计局更正数据为7.2" }]);
    expect(a.total).toBe(86.17);
    expect(a.lines[0]).toMatchObject({ points: 40, adjusted: "统计局更正数据为7.2" });
    // lifting the veto on appeal gives 鄂城区 its 60
    const [, , c] = scoreUnits(units, rules, [{ unitId: "c", lineId: "veto:i9", value: 0, note: "事故不属本单位责任" }]);
    expect(c).toMatchObject({ total: 60, vetoed: false });
  });

  it("caps deductions and bonus", () => {
    // 市经信局 with 30 late reports: 30 + 0.5 = 30.5 > cap 10 → 10; total = 80 + 2 − 10 = 72
    const [a] = scoreUnits([{ ...units[0], lateReports: 30 }], rules);
    expect(a).toMatchObject({ deductions: 10, total: 72 });
    expect(a.lines.find((l) => l.id === "late")!.formula).toContain("超过上限 10");
  });
});

describe("proportional attainment", () => {
  it.each([
    [">= without baseline", target({ goal: 8, actual: 6 }), 0.75],
    [">= from baseline", target({ baseline: 100, goal: 120, actual: 110 }), 0.5],
    [">= below baseline", target({ baseline: 100, goal: 120, actual: 90 }), 0],
    ["<= met", target({ cmp: "<=", goal: 0.5, actual: 0.4 }), 1],
    ["<= from baseline", target({ cmp: "<=", baseline: 1, goal: 0.5, actual: 0.75 }), 0.5],
    ["~ off by 10%", target({ cmp: "~", goal: 50, actual: 55 }), 0.9],
    ["= read as reaching the value", target({ cmp: "=", goal: 5, actual: 4.5 }), 0.9],
    ["= exceeded", target({ cmp: "=", goal: 5, actual: 6 }), 1],
    ["never reported", target({ goal: 8, actual: null }), 0],
  ])("%s", (_, t, share) => {
    expect(attainment(t).share).toBeCloseTo(share, 10);
  });
});

describe("a support unit is scored on what it contributed", () => {
  /*
   * The case a clerk found: the lead unit did the work on two items (one done, one amber at 75%; one report
   * returned); the support unit on the first item never gave any input. Default rules.
   * Lead: two tasks of weight 1: done 1 and amber 0.6 → 100 × (1 + 0.6) / 2 = 80, minus 0.5 for the return = 79.5.
   * Support, no contribution: weight 0.5, credit 0 → 0 (it used to get the lead's 100).
   * Support, with a contribution: weight 0.5, done 1 → 100.
   */
  const task = (itemId: string, role: "lead" | "support", status: "done" | "amber", contributed?: boolean) => ({
    itemId,
    label: itemId,
    role,
    status,
    targets: [],
    ...(contributed === undefined ? {} : { contributed }),
  });
  const year = (contributed: boolean): AssessedUnit[] => [
    { unitId: "lead", unitName: "市文物局", lateReports: 0, returnedReports: 1, items: [task("i1", "lead", "done"), task("i2", "lead", "amber")] },
    { unitId: "support", unitName: "区文保所", lateReports: 0, returnedReports: 0, items: [task("i1", "support", "done", contributed)] },
  ];

  it("gives a support unit that gave no input nothing for the lead's work, and says why", () => {
    const [lead, support] = scoreUnits(year(false), DEFAULT_RULES);
    expect(lead.total).toBe(79.5);
    expect(support.total).toBe(0);
    expect(support.lines[0].formula).toContain("配合单位全年未提供配合材料");
    expect(rank([lead, support]).map((r) => r.unitId)).toEqual(["lead", "support"]);
  });

  it("credits a support unit that contributed with the item's outcome at its role's weight", () => {
    const [, support] = scoreUnits(year(true), DEFAULT_RULES);
    expect(support.total).toBe(100);
    expect(support.lines[0].formula).toContain("配合 0.5");
  });
});
