/** The kinds of quantitative target, and how a kind is read off an extracted target's words. */
import type { Change } from "../../extract/types.ts";

/**
 * level 达到 X · increment 新增 X (count added since the start) · cumulative 累计 X (running total) ·
 * growth 增长 X% (年均 compounds) · share 占比 X% · points 提高 X 个百分点 · reduction 下降 X%.
 */
export const TARGET_KINDS = ["level", "increment", "cumulative", "growth", "share", "points", "reduction"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The words of an extracted target that decide its kind. */
export interface KindEvidence {
  quote: string;
  unit: string | null;
  change: Change | null;
}

const CUMULATIVE = /累计/;
const INCREMENT = /新增|新培育|新建|新引进|净增|新认定|新开工/;
const SHARE = /占比|比重|占.{0,12}的|覆盖率|率达/;
const ANNUAL = /年均/;

/** Reads the kind from the quote, unit and direction, e.g. "规模以上工业增加值年均增长8%以上" → growth. */
export function inferTargetKind({ quote, unit, change }: KindEvidence): TargetKind {
  const percent = unit === "%";
  if (unit === "百分点") return "points";
  if (CUMULATIVE.test(quote)) return "cumulative";
  if (INCREMENT.test(quote)) return "increment";
  if (percent && SHARE.test(quote)) return "share";
  if (percent && change === "down") return "reduction";
  if (percent && change === "up") return "growth";
  if (change === "up" || change === "down") return "increment";
  return "level";
}

/** Whether a growth target compounds year on year (年均增长). */
export function isAnnualGrowth(quote: string): boolean {
  return ANNUAL.test(quote);
}

/** Kinds whose values may be added across units or regions; rates and shares never are. */
export function isAdditive(kind: TargetKind, unit: string | null): boolean {
  if (kind === "increment" || kind === "cumulative") return true;
  return kind === "level" && unit !== "%";
}
