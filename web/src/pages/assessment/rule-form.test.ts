import { describe, expect, it } from "vitest";
import { DEFAULT_RULES } from "../../../../src/core/domain/assessment/rules.ts";
import { fromForm, toForm } from "./rule-form.ts";

describe("rule sheet form values", () => {
  it("turn per-item weights into rows and back without losing anything", () => {
    const rules = { ...DEFAULT_RULES, weights: { ...DEFAULT_RULES.weights, byItem: { a: 2, b: 0.5 } }, vetoItems: ["c"] };
    const form = toForm(rules);
    expect(form.weights.byItem).toEqual([
      { itemId: "a", weight: 2 },
      { itemId: "b", weight: 0.5 },
    ]);
    expect(fromForm(form)).toEqual(rules);
  });

  it("drop rows left without an item", () => {
    const form = toForm(DEFAULT_RULES);
    form.weights.byItem.push({ itemId: "", weight: 3 });
    expect(fromForm(form).weights.byItem).toEqual({});
  });
});
