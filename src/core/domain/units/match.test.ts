import { describe, expect, it } from "vitest";
import { matchUnit, normalizeUnitName, similarity } from "./match.ts";

const directory = [
  { id: "u1", name: "市经济和信息化局", aliases: ["市经信局", "市经信委"] },
  { id: "u2", name: "市发展和改革委员会", aliases: ["市发改委"] },
  { id: "u3", name: "市财政局", aliases: [] },
  { id: "u4", name: "鄂城区", aliases: [] },
];

describe("matchUnit", () => {
  it.each([
    ["市财政局", "u3", "exact"],
    ["市经信局", "u1", "alias"],
    ["市发改委", "u2", "alias"],
    ["市 财政局", "u3", "exact"],
  ])("%s resolves to %s (%s)", (name, unitId, how) => {
    expect(matchUnit(name, directory)).toEqual([expect.objectContaining({ unitId, how, score: 1 })]);
  });

  it.each([
    ["经信局", "u1"],
    ["财政局", "u3"],
    ["县财政局", "u3"],
    ["发改委", "u2"],
  ])("suggests %s → %s by similarity", (name, unitId) => {
    const [best] = matchUnit(name, directory);
    expect(best).toMatchObject({ unitId, how: "similar" });
    expect(best.score).toBeGreaterThanOrEqual(0.5);
    expect(best.score).toBeLessThan(1);
  });

  it("suggests nothing for an unrelated name or an empty one", () => {
    expect(matchUnit("省公安厅", directory)).toEqual([]);
    expect(matchUnit("  ", directory)).toEqual([]);
  });
});

describe("normalizeUnitName and similarity", () => {
  it("folds full-width characters and spaces", () => {
    expect(normalizeUnitName("各县(市、区) ")).toBe("各县(市、区)");
  });
  it("is 1 for equal strings and symmetric", () => {
    expect(similarity("市财政局", "市财政局")).toBe(1);
    expect(similarity("市财政局", "财政局")).toBe(similarity("财政局", "市财政局"));
  });
});
