/**
 * Properties that hold for any input: the extractor never throws, is deterministic, every span lies in
 * the text and every quote, heading, unit, metric and time text equals its span's slice. Inputs are
 * arbitrary Unicode and mutations of the seeds (cut, spliced, punctuation swapped, lines shuffled).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAILED_WARNING, extractPlan } from "../../src/core/extract/pipeline.ts";
import { spanProblems } from "./spans.ts";

const seedsDir = fileURLToPath(new URL("../fixtures/seeds/", import.meta.url));
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedsDir, f), "utf8"));

/** Characters the genre is made of, so random text hits the rules' edges. */
const GENRE = [..."一二三四五六七八九十、(（)）.．。，,;；:：|\t\n 0123456789%％万亿元家个项牵头配合负责责任单位市省区县力争以上不低于左右增长下降年月日底前每年〔〕《》“”①②附件"];

const genreText = fc.array(fc.constantFrom(...GENRE), { maxLength: 400 }).map((cs) => cs.join(""));

const mutatedSeed = fc
  .record({
    seed: fc.constantFrom(...seeds),
    from: fc.nat(),
    length: fc.nat({ max: 3000 }),
    insertAt: fc.nat(),
    insert: fc.oneof(genreText, fc.string({ unit: "grapheme", maxLength: 30 })),
    swapLines: fc.boolean(),
  })
  .map(({ seed, from, length, insertAt, insert, swapLines }) => {
    const start = from % Math.max(1, seed.length);
    let text = seed.slice(start, start + length);
    const at = insertAt % (text.length + 1);
    text = text.slice(0, at) + insert + text.slice(at);
    if (swapLines) text = text.split("\n").reverse().join("\n");
    return text;
  });

function holds(text: string): void {
  const plan = extractPlan(text);
  expect(plan.warnings).not.toContain(FAILED_WARNING);
  expect(spanProblems(text, plan)).toEqual([]);
  expect(JSON.stringify(extractPlan(text))).toBe(JSON.stringify(plan));
}

describe("extractor properties", () => {
  it("holds on arbitrary Unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 500 }), holds), { numRuns: 300 });
  });

  it("holds on text made of the genre's characters", () => {
    fc.assert(fc.property(genreText, holds), { numRuns: 300 });
  });

  it("holds on mutated seeds", () => {
    fc.assert(fc.property(mutatedSeed, holds), { numRuns: 150 });
  });

  it("gives an empty plan with a bilingual warning for text without numbering or lead phrases", () => {
    const plan = extractPlan("这是一段没有任何编号的普通文字，说明情况，也没有段首短语。\n第二段同样如此，只是叙述。");
    expect(plan.items).toEqual([]);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatch(/未找到编号条目/);
    expect(plan.warnings[0]).toMatch(/No numbered items/);
  });

  it("makes lead-phrase items ¶n, with the warning, when there is no numbering", () => {
    const plan = extractPlan("为推进工作，提出如下意见。\n强化组织领导。市发改委牵头，各区配合。\n加大资金投入。每年安排资金5000万元。");
    expect(plan.items.map((i) => [i.id, i.heading])).toEqual([
      ["¶1", "强化组织领导"],
      ["¶2", "加大资金投入"],
    ]);
    expect(plan.items[0].lead).toEqual(["市发改委"]);
    expect(plan.items[1].targets.map((t) => [t.value, t.unit])).toEqual([[5000, "万元"]]);
    expect(plan.warnings[0]).toMatch(/未找到编号条目/);
  });

  it("gives an empty plan with a warning for empty and non-string input", () => {
    expect(extractPlan("").items).toEqual([]);
    expect(extractPlan("").warnings.length).toBe(1);
    expect(extractPlan(undefined as unknown as string).items).toEqual([]);
  });
});
