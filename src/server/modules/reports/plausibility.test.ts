import { describe, expect, it } from "vitest";
import { regionOf } from "../../../core/domain/units/region.ts";
import { reportsToAsk } from "../rounds/who-reports.ts";
import { implausibleValues } from "./plausibility.ts";
import { changesBetween } from "./report-changes.ts";

describe("implausibleValues", () => {
  const references = { lastRound: new Map([["t1", 100]]), lastYear: new Map([["t1", 100], ["t2", 40]]) };
  it.each([
    ["within the threshold", [{ targetId: "t1", value: 149 }], []],
    ["a jump against the last round", [{ targetId: "t1", value: 151 }], [{ targetId: "t1", against: "last_round", previous: 100 }]],
    ["a fall counts as well", [{ targetId: "t1", value: 40 }], [{ targetId: "t1", against: "last_round", previous: 100 }]],
    ["against the same period last year when there is no last round", [{ targetId: "t2", value: 70 }], [{ targetId: "t2", against: "last_year", previous: 40 }]],
    ["explained", [{ targetId: "t1", value: 300, explanation: "并入新企业" }], []],
    ["no data", [{ targetId: "t1", value: null, noDataReason: "统计未出" }], []],
    ["nothing to compare with", [{ targetId: "t3", value: 1e6 }], []],
  ])("%s", (_name, values, expected) => {
    const found = implausibleValues(values, references, 0.5);
    expect(found.map(({ targetId, against, previous }) => ({ targetId, against, previous }))).toEqual(expected);
  });
});

describe("changesBetween", () => {
  it("names the fields and values that changed", () => {
    const before = { progress: "a", problems: "", completed: false, values: [{ targetId: "t1", value: 1 }, { targetId: "t2", value: 2 }] };
    const after = { progress: "a", problems: "缺资金", completed: false, values: [{ targetId: "t1", value: 1 }, { targetId: "t2", value: 3 }] };
    expect(changesBetween(before, after).map((c) => c.field)).toEqual(["problems", "values.t2"]);
    expect(changesBetween(null, after).map((c) => c.field)).toEqual(["progress", "problems", "values.t1", "values.t2"]);
  });
});

describe("who reports in a round", () => {
  it("asks lead units and owners, not support units, once per unit and item", () => {
    const asked = reportsToAsk([
      { planId: "p", itemId: "i1", unitId: "jxj", role: "lead" },
      { planId: "p", itemId: "i1", unitId: "czj", role: "support" },
      { planId: "p", itemId: "i2", unitId: "jxj", role: "owners" },
      { planId: "p", itemId: "i2", unitId: "fgw", role: "owners" },
      { planId: "p", itemId: "i3", unitId: "czj", role: "support" },
      { planId: "p", itemId: "i4", unitId: null, role: "lead" },
      { planId: "p", itemId: "i5", unitId: "jxj", role: "lead" },
      { planId: "p", itemId: "i5", unitId: "jxj", role: "owners" },
    ]);
    expect(asked.map((a) => `${a.itemId}:${a.unitId}:${a.role}`)).toEqual([
      "i1:jxj:lead",
      "i2:jxj:owners",
      "i2:fgw:owners",
      "i3:czj:owners",
      "i5:jxj:lead",
    ]);
  });
});

describe("regionOf", () => {
  const units = new Map([
    ["ec", { name: "鄂城区", kind: "region", parentId: "gov" }],
    ["ec-jxj", { name: "鄂城区经信局", kind: "department", parentId: "ec" }],
    ["jxj", { name: "市经信局", kind: "department", parentId: "gov" }],
    ["gov", { name: "市政府", kind: "government", parentId: null }],
  ]);
  it("finds the nearest region above a unit, else the city level", () => {
    expect(regionOf("ec-jxj", units)).toBe("鄂城区");
    expect(regionOf("ec", units)).toBe("鄂城区");
    expect(regionOf("jxj", units)).toBe("市本级");
  });
});
