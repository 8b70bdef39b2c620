/**
 * Dates as the genre writes them: "2018年12月24日", "二○○四年五月二十日", "2021-09-09". A masked year
 * ("20*年") is no date.
 */
import { parseChineseNumeral } from "../rules/numbers.ts";

const CN = "[〇○零一二三四五六七八九十]";
/** A whole date, Arabic or Chinese numerals, or ISO. */
export const DATE = new RegExp(
  `(?<y>\\d{4}|${CN}{4})\\s*年\\s*(?<m>\\d{1,2}|${CN}{1,2})\\s*月\\s*(?<d>\\d{1,2}|${CN}{1,3})\\s*日|(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})`,
);

function part(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

/** ISO YYYY-MM-DD of the first date in `text`, with its index and length, or null. */
export function readDate(text: string): { iso: string; index: number; length: number } | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const y = part(g.y ?? g.iy);
  const mo = part(g.m ?? g.im);
  const d = part(g.d ?? g.id);
  if (!(y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  const iso = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { iso, index: m.index, length: m[0].length };
}

/** True when the whole line is one date (a signing date). */
export function isDateLine(line: string): boolean {
  const bare = line.replace(/^\((.*)\)$/, "$1").trim();
  const d = readDate(bare);
  return d !== null && d.index === 0 && d.length === bare.length;
}
