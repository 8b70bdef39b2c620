/** Formatting numbers and dates the way Chinese official documents print them. */

const DIGITS = "零一二三四五六七八九";

/** 1 → "一", 10 → "十", 12 → "十二", 21 → "二十一" (1..99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** "2025-10-08" → "2025年10月8日" (GB/T 9704-2012 prints dates in Arabic numerals without leading zeros). */
export function officialDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** A round period as words: "2025-09" → "2025年9月", "2025-Q3" → "2025年第三季度", "2025-H1" → "2025年上半年". */
export function periodLabel(period: string): string {
  const match = /^(?<year>\d{4})(?:-(?:(?<month>\d{2})(?:-(?<day>\d{2}))?|Q(?<quarter>[1-4])|H(?<half>[12])))?$/.exec(period);
  if (!match?.groups) return period;
  const { year, month, day, quarter, half } = match.groups;
  if (day) return officialDate(period);
  if (month) return `${year}年${Number(month)}月`;
  if (quarter) return `${year}年第${chineseNumeral(Number(quarter))}季度`;
  if (half) return `${year}年${half === "1" ? "上" : "下"}半年`;
  return `${year}年`;
}
