/**
 * Where a target should stand on a given day: from its baseline at the start to its value at the
 * deadline, through the plan's milestones when it gives any, linear otherwise, compound for 年均增长.
 */
import type { Comparison } from "../../extract/types.ts";
import { daysBetween } from "./calendar.ts";
import type { TargetKind } from "./target-kind.ts";

/** A value the plan names for a date before the deadline (e.g. 2019 年底达到 150 家). */
export interface Milestone {
  /** local date YYYY-MM-DD */
  date: string;
  value: number;
}

/** Everything the judgement needs to know about one quantitative target. */
export interface TargetSpec {
  kind: TargetKind;
  cmp: Comparison;
  /** the commitment; for points the change in percentage points, for growth and reduction the percent */
  value: number;
  /** the 力争 value, when the plan gives one for the same metric */
  stretch?: number | null;
  /** the value at `start`; increment and reduction start from 0, cumulative from 0 unless given */
  baseline?: number | null;
  /** local date the trajectory starts (the baseline's date) */
  start: string;
  /** local date the commitment falls due */
  deadline: string;
  milestones?: Milestone[];
  /** growth only: 年均, compounding each year */
  annual?: boolean;
  /** growth only: reporters give the growth rate achieved ("rate", the default) or the metric's level ("level") */
  measure?: "rate" | "level";
}

/** A trajectory made concrete: its start value, its end value and which side counts as ahead. */
export interface Trajectory {
  base: number;
  final: number;
  stretchFinal: number | null;
  /** ">=" more is better, "<=" less is better, "~" stay within a band around the line */
  side: ">=" | "<=" | "~";
  /** whether the target is a rate over a period (only the final period's value can complete it) */
  rateOverPeriod: boolean;
  expectedAt(date: string): number;
}

const YEAR_DAYS = 365.25;

/** The value the trajectory starts from; `firstReported` stands in for a missing baseline. */
function baseOf(spec: TargetSpec, firstReported: number | null): number | null {
  if (spec.baseline != null) return spec.baseline;
  if (spec.kind === "increment" || spec.kind === "reduction" || spec.kind === "cumulative") return 0;
  if (spec.kind === "growth" && spec.measure !== "level") return spec.value;
  return firstReported;
}

/** The value at the deadline for a commitment `value` (points and growth-by-level are relative to the base). */
function finalOf(spec: TargetSpec, value: number, base: number): number {
  if (spec.kind === "points") return base + value;
  if (spec.kind === "growth" && spec.measure === "level") {
    const years = spec.annual ? daysBetween(spec.start, spec.deadline) / YEAR_DAYS : 1;
    return base * (1 + value / 100) ** years;
  }
  return value;
}

function linear(points: Milestone[], date: string): number {
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1];
    const to = points[i];
    if (daysBetween(to.date, date) > 0) continue;
    const span = daysBetween(from.date, to.date);
    const fraction = span <= 0 ? 1 : daysBetween(from.date, date) / span;
    return from.value + (to.value - from.value) * fraction;
  }
  return points[points.length - 1].value;
}

/**
 * Builds the trajectory, or null when there is nothing to start it from (no baseline and nothing
 * reported yet).
 */
export function buildTrajectory(spec: TargetSpec, firstReported: number | null): Trajectory | null {
  const base = baseOf(spec, firstReported);
  if (base == null) return null;
  const final = finalOf(spec, spec.value, base);
  const stretchFinal = spec.stretch == null ? null : finalOf(spec, spec.stretch, base);
  const side = spec.cmp === "=" ? (final >= base ? ">=" : "<=") : spec.cmp;
  const rateOverPeriod = spec.kind === "growth" && spec.measure !== "level";
  const compound = spec.kind === "growth" && spec.measure === "level" && spec.annual && !spec.milestones?.length;
  const points: Milestone[] = [
    { date: spec.start, value: base },
    ...[...(spec.milestones ?? [])].sort((a, b) => daysBetween(b.date, a.date)),
    { date: spec.deadline, value: final },
  ];
  const expectedAt = (date: string): number => {
    if (rateOverPeriod) return final;
    const elapsed = Math.min(Math.max(daysBetween(spec.start, date), 0), daysBetween(spec.start, spec.deadline));
    if (compound) return base * (1 + spec.value / 100) ** (elapsed / YEAR_DAYS);
    if (elapsed <= 0) return base;
    return linear(points, date);
  };
  return { base, final, stretchFinal, side, rateOverPeriod, expectedAt };
}
