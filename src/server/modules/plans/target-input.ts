/** Turns a number as a person typed it ("12.5", "1,200", "８") into a number, or a clear 400 ("N/A", "五成"). */
import { invalidTargetValue } from "./plans.errors.ts";

const PLAIN_NUMBER = /^(?<sign>[+-]?)(?<digits>\d+(?:\.\d+)?)$/u;

/** The number, or throws plans.invalid_target_value naming the field and what was typed. */
export function parseNumberInput(field: string, input: number | string): number {
  if (typeof input === "number") {
    if (Number.isFinite(input)) return input;
    throw invalidTargetValue({ field, input: String(input) });
  }
  const cleaned = input.normalize("NFKC").replace(/[,\s]/gu, "");
  if (!PLAIN_NUMBER.test(cleaned)) throw invalidTargetValue({ field, input });
  return Number(cleaned);
}
