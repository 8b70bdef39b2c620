/** The rule sheet as the form holds it: per-item weights as a list of rows instead of a record. */
import type { RuleSheet } from "../../api/assessments.ts";

/** One hand-set item weight. */
export interface ItemWeight {
  itemId: string;
  weight: number;
}

/** The form's values. */
export type RuleForm = Omit<RuleSheet, "weights"> & { weights: Omit<RuleSheet["weights"], "byItem"> & { byItem: ItemWeight[] } };

/** The sheet into form values. */
export function toForm(rules: RuleSheet): RuleForm {
  const byItem = Object.entries(rules.weights.byItem).map(([itemId, weight]) => ({ itemId, weight }));
  return { ...rules, weights: { ...rules.weights, byItem } };
}

/** Form values back into a sheet; rows without an item are dropped, a repeated item keeps its last weight. */
export function fromForm(form: RuleForm): RuleSheet {
  const byItem = Object.fromEntries(form.weights.byItem.filter((row) => row?.itemId).map((row) => [row.itemId, row.weight ?? 0]));
  return { ...form, weights: { ...form.weights, byItem } };
}
