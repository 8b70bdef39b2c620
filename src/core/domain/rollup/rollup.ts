/**
 * Roll-ups of statuses by plan, section, unit or region. Each group counts its statuses, names its
 * worst status and the share on track; measured values are never summed here, so rates and shares
 * cannot be added by mistake (see `sumIfAdditive` for the values that may be).
 */
import { STATUSES, type Status, WORST_FIRST } from "../status/status.ts";
import { isAdditive, type TargetKind } from "../status/target-kind.ts";

/** One judged target or task, with the keys it rolls up under. */
export interface RollupEntry {
  status: Status;
  /** whether a report for it is owed past its deadline (逾期未报) */
  overdue?: boolean;
}

/** What a group of entries adds up to. */
export interface RollupSummary {
  counts: Record<Status, number>;
  total: number;
  /** the worst status among judged entries (red > amber > green > done); not_started when none is judged */
  worst: Status;
  /** (green + done) / judged entries, or null when none is judged */
  onTrackShare: number | null;
  overdue: number;
}

/** The rules above, in words, for the dashboard to show beside the numbers. */
export const ROLLUP_RULES = {
  counts: "按状态计数:每个目标或任务计一次;配合单位与牵头单位各自计入",
  worst: "最差状态:红 > 黄 > 绿 > 完成,未开始不参与比较,全部未开始时为未开始",
  onTrackShare: "按进度比例 =(绿 + 完成)÷ 已有判定的数量,未开始不计入分母",
  overdue: "逾期未报单独计数,不改变进度状态",
  values: "比率、占比、增速、百分点不相加;只有数量与金额(新增、累计、非百分比的水平值)可以加总",
} as const;


/** The summary of a group whose statuses have been counted already (counts add across disjoint groups). */
export function summaryFromCounts(counts: Record<Status, number>, overdue: number): RollupSummary {
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const judged = total - counts.not_started;
  const worst = WORST_FIRST.find((s) => s !== "not_started" && counts[s] > 0) ?? "not_started";
  const onTrackShare = judged === 0 ? null : (counts.green + counts.done) / judged;
  return { counts: { ...counts }, total, worst, onTrackShare, overdue };
}

/** Summarises one group of entries under the rules in `ROLLUP_RULES`. */
export function summarise(entries: RollupEntry[]): RollupSummary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let overdue = 0;
  for (const entry of entries) {
    counts[entry.status] += 1;
    if (entry.overdue) overdue += 1;
  }
  return summaryFromCounts(counts, overdue);
}

/** Joins summaries of disjoint groups (e.g. the same unit in different plans) into one. */
export function mergeSummaries(summaries: RollupSummary[]): RollupSummary {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, summaries.reduce((sum, x) => sum + x.counts[s], 0)])) as Record<Status, number>;
  return summaryFromCounts(counts, summaries.reduce((sum, x) => sum + x.overdue, 0));
}

/**
 * Groups entries by the keys `keysOf` gives (an entry may count under several, e.g. each of its
 * units) and summarises each group.
 */
export function rollUp<E extends RollupEntry>(entries: E[], keysOf: (entry: E) => string[]): Map<string, RollupSummary> {
  const groups = new Map<string, E[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key) ?? [];
      group.push(entry);
      groups.set(key, group);
    }
  }
  return new Map([...groups].map(([key, group]) => [key, summarise(group)]));
}

/** Adds values across units or regions when the kind allows it; null for rates and shares, which are never summed. */
export function sumIfAdditive(kind: TargetKind, unit: string | null, values: number[]): number | null {
  if (!isAdditive(kind, unit)) return null;
  return values.reduce((sum, v) => sum + v, 0);
}
