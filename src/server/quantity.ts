/** The core's number rule (core/domain/numbers/quantity.ts) for request schemas and services: zod refinement and a 400. */
import { z } from "zod";
import { type QuantityContext, quantityMessage, quantityProblem } from "../core/domain/numbers/quantity.ts";
import { AppError } from "./errors.ts";

/** A JSON number that passes the rule, checked without context (a share is checked where the unit is known). */
export function quantity(field: string) {
  return z.number().superRefine((value, ctx) => {
    const problem = quantityProblem(value);
    if (!problem) return;
    const { zh, en } = quantityMessage(problem, field);
    ctx.addIssue({ code: "custom", message: `${zh} / ${en}` });
  });
}

/** Throws a 400 naming the field when the number breaks the rule in its context (`typed`: the text as entered). */
export function assertQuantity(field: string, value: number, context: QuantityContext, typed?: string): void {
  const problem = quantityProblem(value, context, typed);
  if (!problem) return;
  const { zh, en } = quantityMessage(problem, field);
  throw new AppError("request.invalid_number", 400, zh, en, { field, problem, input: typed ?? String(value) });
}
