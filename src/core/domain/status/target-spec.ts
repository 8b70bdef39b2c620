/** Turns a stored target and its plan into the trajectory spec the status rules judge. */
import type { Comparison } from "../../extract/types.ts";
import { localDate } from "./calendar.ts";
import type { PlanInput, TargetInput } from "./inputs.ts";
import { inferTargetKind, isAnnualGrowth, TARGET_KINDS, type TargetKind } from "./target-kind.ts";
import type { TargetSpec } from "./trajectory.ts";

type PlanRow = Pick<PlanInput, "meta" | "publishedAt" | "createdAt">;

/** The stored kind when it is one the rules know, else read off the target's words. */
export function kindOf(target: Pick<TargetInput, "kind" | "quote" | "unit" | "change">): TargetKind {
  const known = TARGET_KINDS.find((k) => k === target.kind);
  return known ?? inferTargetKind({ quote: target.quote, unit: target.unit, change: target.change === "up" || target.change === "down" ? target.change : null });
}

/**
 * The spec: the trajectory starts at the end of the year before the plan's period (where baselines such
 * as "比2017年" sit) or on the day the plan was published; it ends at the target's deadline, else at the
 * end of the plan's last year, else at the end of the start's year; it passes through the target's milestones.
 */
export function specOf(target: TargetInput, plan: PlanRow, stretch: number | null): TargetSpec {
  const period = plan.meta?.period ?? null;
  const start = period ? `${period[0] - 1}-12-31` : localDate(plan.publishedAt ?? plan.createdAt);
  const deadline = target.deadline ?? (period ? `${period[1]}-12-31` : `${start.slice(0, 4)}-12-31`);
  const kind = kindOf(target);
  return {
    kind,
    cmp: target.cmp as Comparison,
    value: target.value,
    stretch,
    baseline: target.baseline,
    start,
    deadline,
    milestones: target.milestones ?? [],
    annual: kind === "growth" && isAnnualGrowth(target.quote),
    measure: "rate",
  };
}
