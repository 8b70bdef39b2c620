/** The statuses a target or task can carry, and the shape every judgement returns. */

/** Green: on or above the trajectory. Amber: behind within tolerance. Red: beyond tolerance or past deadline unmet. */
export const STATUSES = ["green", "amber", "red", "done", "not_started"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses worst first, as every list of statuses is ordered (not started last: it is no judgement yet). */
export const WORST_FIRST: readonly Status[] = ["red", "amber", "green", "done", "not_started"];

/** Negative when `a` is worse than `b`. */
export function byWorst(a: Status, b: Status): number {
  return WORST_FIRST.indexOf(a) - WORST_FIRST.indexOf(b);
}

/** The Chinese word each status ends its reason with. */
export const STATUS_WORDS: Record<Status, string> = {
  green: "绿",
  amber: "黄",
  red: "红",
  done: "完成",
  not_started: "未开始",
};

/** A status with the reason a person reads beside it. */
export interface Judgement {
  status: Status;
  /** e.g. "应达 62.0(2025-09),实报 55.1,落后 11%,超出容差 5% → 红" */
  reason: string;
}

/** The tolerance used when a deployment configures none: 5% behind the trajectory is still amber. */
export const DEFAULT_TOLERANCE = 0.05;

/** Ends a reason with the arrow and the status word. */
export function verdict(parts: string[], status: Status): Judgement {
  return { status, reason: `${parts.join(",")} → ${STATUS_WORDS[status]}` };
}

/** A measured value as the reasons print it: one decimal. */
export function formatValue(value: number): string {
  return value.toFixed(1);
}

/** A fraction as a percentage: whole numbers from 10% up, one decimal below ("4.9%", "11%"). */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return "100%以上";
  const percent = Math.abs(fraction) * 100;
  const text = percent >= 10 ? Math.round(percent).toString() : percent.toFixed(1).replace(/\.0$/, "");
  return `${text}%`;
}
