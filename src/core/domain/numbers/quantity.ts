/**
 * The one rule for a number a person enters (a target, a baseline, a reported value): finite, within
 * a sane absolute bound, no more precise than a double keeps exactly, and a share no more than 100%.
 */

/** Largest magnitude accepted: 一万亿, above any figure a plan or a report states. */
export const QUANTITY_LIMIT = 1e12;
/** A double keeps 15 significant digits exactly; more would be saved as something else than typed. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** What the number is measured in, so a share can be told from a growth rate. */
export interface QuantityContext {
  unit?: string | null;
  metric?: string | null;
  /** set when the target is a change (growth or reduction), whose percentage may exceed 100 */
  change?: string | null;
}

export type QuantityProblem = "not_finite" | "too_many_digits" | "out_of_range" | "share_over_100";

/** Metrics whose percentage is a rate of change, not a share of a whole. */
const RATE_OF_CHANGE = /增长|增速|增幅|增加|提高|提升|同比|环比|涨幅|降幅|下降|减少|倍/u;
const PERCENT_UNITS = new Set(["%", "％", "百分比", "百分点"]);

function significantDigits(text: string): number {
  const mantissa = text.replace(/^[+-]/u, "").split(/e/iu)[0].replace(".", "");
  return mantissa.replace(/^0+/u, "").replace(/0+$/u, "").length;
}

/** Whether a percentage in this context is a share of a whole (so at most 100). */
export function isShare(context: QuantityContext): boolean {
  if (!context.unit || !PERCENT_UNITS.has(context.unit.trim())) return false;
  if (context.change) return false;
  return !RATE_OF_CHANGE.test(context.metric ?? "");
}

/**
 * The problem with a number, or null when it is acceptable. `typed` is the text as entered when there is
 * one (its digits are counted; a JSON number is counted by its shortest exact form).
 */
export function quantityProblem(value: number, context: QuantityContext = {}, typed?: string): QuantityProblem | null {
  if (!Number.isFinite(value)) return "not_finite";
  if (Math.abs(value) > QUANTITY_LIMIT) return "out_of_range";
  if (significantDigits(typed ?? String(value)) > MAX_SIGNIFICANT_DIGITS) return "too_many_digits";
  if (isShare(context) && (value > 100 || value < 0)) return "share_over_100";
  return null;
}

/** The problem said in Chinese and English, naming the field. */
export function quantityMessage(problem: QuantityProblem, field: string): { zh: string; en: string } {
  switch (problem) {
    case "not_finite":
      return { zh: `“${field}”必须是有限的数字`, en: `“${field}” must be a finite number` };
    case "out_of_range":
      return { zh: `“${field}”超出允许范围(绝对值不超过一万亿)`, en: `“${field}” is out of range (at most 1,000,000,000,000 in magnitude)` };
    case "too_many_digits":
      return { zh: `“${field}”最多 ${MAX_SIGNIFICANT_DIGITS} 位有效数字`, en: `“${field}” may have at most ${MAX_SIGNIFICANT_DIGITS} significant digits` };
    case "share_over_100":
      return { zh: `“${field}”是占比,应在 0 到 100% 之间`, en: `“${field}” is a share and must be between 0 and 100%` };
  }
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;

/**
 * Text as a person typed a number ("12.5", "1,200", "８", "8.5%") → the number and its plain text,
 * or null when it is not a number ("N/A", "五成").
 */
export function parseQuantityText(text: string): { value: number; plain: string } | null {
  const plain = text.normalize("NFKC").replace(/[,\s]/gu, "").replace(/%$/u, "");
  return PLAIN_NUMBER.test(plain) ? { value: Number(plain), plain } : null;
}
