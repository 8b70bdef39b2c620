/**
 * Numbers as the genre writes them: Arabic ("1.4", "1,200"), Chinese ("十六", "二○○四"), and
 * fractions ("三分之一").
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, "○": 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral ("十六" -> 16, "一千二百" -> 1200, "二○○四" -> 2004), or NaN. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  if ([...s].every((c) => c in DIGITS)) return Number([...s].map((c) => DIGITS[c]).join(""));
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[c];
      digit = -1;
    } else if (c in BIG_UNITS) {
      total = (total + section + Math.max(digit, 0)) * BIG_UNITS[c];
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

/** Value of a number written in either system, fractions ("三分之一") included; NaN when unreadable. */
export function parseNumber(s: string): number {
  const t = s.replace(/[,\s]/g, "");
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const frac = /^(.+)分之(.+)$/.exec(t);
  if (frac) {
    const den = parseNumber(frac[1]);
    const num = parseNumber(frac[2]);
    return den > 0 ? Math.round((num / den) * 1e4) / 1e4 : NaN;
  }
  return parseChineseNumeral(t);
}
