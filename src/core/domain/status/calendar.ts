/** Local calendar arithmetic on plain date strings (Asia/Shanghai dates, no time zone maths needed). */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a local date "YYYY-MM-DD" (computed in UTC so no zone shifts it). */
export function dayNumber(date: string): number {
  const match = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/.exec(date);
  if (!match?.groups) throw new RangeError(`not a date: ${date}`);
  const { y, m, d } = match.groups;
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local date of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function localDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The last day a reporting period covers: "2025-09" → 2025-09-30, "2025-Q3" → 2025-09-30,
 * "2025" → 2025-12-31, "2025-09-15" (ad hoc) → itself.
 */
export function periodEnd(period: string): string {
  const match = /^(?<y>\d{4})(?:-(?:(?<m>\d{2})(?:-(?<d>\d{2}))?|Q(?<q>[1-4])))?$/.exec(period);
  if (!match?.groups) throw new RangeError(`not a period: ${period}`);
  const { y, m, d, q } = match.groups;
  const year = Number(y);
  if (d) return period;
  if (m) return lastDayOfMonth(year, Number(m));
  if (q) return lastDayOfMonth(year, Number(q) * 3);
  return `${year}-12-31`;
}

/** The same period one year earlier ("2025-09" → "2024-09"), for year-on-year comparisons. */
export function samePeriodLastYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}
