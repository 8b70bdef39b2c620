/** The core's number rule (core/domain/numbers/quantity.ts) as a zod refinement for request schemas (imports only zod and the core). */
import { z } from "zod";
import { quantityMessage, quantityProblem } from "../core/domain/numbers/quantity.ts";

/** A JSON number that passes the rule, checked without context (a share is checked where the unit is known). */
export function quantity(field: string) {
  return z.number().superRefine((value, ctx) => {
    const problem = quantityProblem(value);
    if (!problem) return;
    const { zh, en } = quantityMessage(problem, field);
    ctx.addIssue({ code: "custom", message: `${zh} / ${en}` });
  });
}
