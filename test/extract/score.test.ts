/**
 * The extractor scored by the real scorer (test/fixtures/scorer/score.mjs, a copy of the project's) on
 * the seeds and on our own documents. Bars sit a little under what the extractor reaches, so a real
 * regression fails; the seeds' bars are never under the issue's quality bar.
 */
import { describe, expect, it } from "vitest";
import { scoreSet } from "./score-seeds.ts";

type Overall = Record<string, number>;

function overall(set: "seeds" | "own"): Overall {
  return (JSON.parse(scoreSet(set, ["--json"])) as { overall: Overall }).overall;
}

describe("extraction quality, scored by the real scorer", () => {
  it("meets the bar on the seeds", () => {
    const s = overall("seeds");
    expect(s.items).toBeGreaterThanOrEqual(0.97);
    expect(s.unitsF1).toBeGreaterThanOrEqual(0.97);
    expect(s.targetsF1).toBeGreaterThanOrEqual(0.96);
    expect(s.metricAcc).toBeGreaterThanOrEqual(0.93);
    expect(s.cmpAcc).toBeGreaterThanOrEqual(0.96);
    expect(s.changeAcc).toBeGreaterThanOrEqual(0.96);
    expect(s.aspirationalAcc).toBeGreaterThanOrEqual(0.96);
    expect(s.whenF1).toBeGreaterThanOrEqual(0.9);
    expect(s.metaAcc).toBeGreaterThanOrEqual(0.95);
  });

  it("meets the bar on our own documents (pipe table, role annotations, four levels, flattened annex table, web page, notices, lead phrases)", () => {
    const s = overall("own");
    expect(s.items).toBeGreaterThanOrEqual(0.96);
    expect(s.unitsF1).toBeGreaterThanOrEqual(0.95);
    expect(s.targetsF1).toBeGreaterThanOrEqual(0.95);
    expect(s.metricAcc).toBeGreaterThanOrEqual(0.93);
    expect(s.cmpAcc).toBeGreaterThanOrEqual(0.95);
    expect(s.changeAcc).toBeGreaterThanOrEqual(0.95);
    expect(s.aspirationalAcc).toBeGreaterThanOrEqual(0.95);
    expect(s.whenF1).toBeGreaterThanOrEqual(0.9);
    expect(s.metaAcc).toBeGreaterThanOrEqual(0.9);
  });
});
