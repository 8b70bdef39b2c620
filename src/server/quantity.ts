/** The core's number rule (core/domain/numbers/quantity.ts) for services: a 400 naming the field (schemas use quantity.schemas.ts). */
import { type QuantityContext, quantityMessage, quantityProblem } from "../core/domain/numbers/quantity.ts";
import { AppError } from "./errors.ts";

/** Throws a 400 naming the field when the number breaks the rule in its context (`typed`: the text as entered). */
export function assertQuantity(field: string, value: number, context: QuantityContext, typed?: string): void {
  const problem = quantityProblem(value, context, typed);
  if (!problem) return;
  const { zh, en } = quantityMessage(problem, field);
  throw new AppError("request.invalid_number", 400, zh, en, { field, problem, input: typed ?? String(value) });
}
