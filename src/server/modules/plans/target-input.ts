/** Turns a number as a person typed it ("12.5", "1,200", "８") into a number, or a clear 400 ("N/A", "五成", 1e308). */
import { type QuantityContext, parseQuantityText } from "../../../core/domain/numbers/quantity.ts";
import { assertQuantity } from "../../quantity.ts";
import { invalidTargetValue } from "./plans.errors.ts";

/** The number, or throws plans.invalid_target_value (not a number) or request.invalid_number (out of range), naming the field. */
export function parseNumberInput(field: string, input: number | string, context: QuantityContext): number {
  if (typeof input === "number") {
    assertQuantity(field, input, context);
    return input;
  }
  const parsed = parseQuantityText(input);
  if (!parsed) throw invalidTargetValue({ field, input });
  assertQuantity(field, parsed.value, context, parsed.plain);
  return parsed.value;
}
