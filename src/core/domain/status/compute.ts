/**
 * Status of every item and target of some plans, from loaded rows (no I/O): each target judged from the
 * values its reporting units submitted, each item from its targets or, without a number, from its
 * reports' review outcome; overdue reporting beside it; overrides on top.
 */
import { isReported, toReportStatus } from "../reports/lifecycle.ts";
import { summarise } from "../rollup/rollup.ts";
import { daysBetween, localDate, periodEnd } from "./calendar.ts";
import type { AssignmentInput, ItemInput, OverrideInput, PlanInput, ReportInput, TargetInput, UnitInput } from "./inputs.ts";
import { latestRound } from "./latest-round.ts";
import { overdueSignal } from "./overdue.ts";
import { applyOverride } from "./override.ts";
import { byWorst, type Judgement, type Status } from "./status.ts";
import { pairStretchTargets } from "./stretch.ts";
import { kindOf, specOf } from "./target-spec.ts";
import { judgeTarget, type Observation, type TargetJudgement } from "./target-status.ts";
import { judgeTask, type ReviewOutcome } from "./task-status.ts";
import { groupBy } from "../group-by.ts";

/** Everything status is computed from (see inputs.ts). */
export interface StatusWorld {
  plans: PlanInput[];
  parts: { items: ItemInput[]; targets: TargetInput[]; assignments: AssignmentInput[] };
  reports: ReportInput[];
  units: UnitInput[];
  overrides: OverrideInput[];
  /** local date the status is read on */
  today: string;
  tolerance: number;
  /** only reports of this period and earlier count */
  period?: string;
}

/** A target's status for the API. */
export interface TargetStatus extends Judgement {
  targetId: string;
  quote: string;
  kind: string;
  expected: number | null;
  actual: number | null;
  period: string | null;
  stretchTargetId: string | null;
  stretchMet: boolean | null;
  overridden: boolean;
}

/** An item's status for the API and the dashboard. */
export interface ItemStatus extends Judgement {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  overridden: boolean;
  overdue: boolean;
  overdueReason: string;
  /** the units that report on the item */
  unitIds: string[];
  targets: TargetStatus[];
}

/** The worst of the judgements (the roll-up rule: not started only when nothing is judged). */
function worstOf<T extends Judgement>(judged: T[]): T | undefined {
  return [...judged].sort((a, b) => byWorst(a.status, b.status))[0];
}

function toOverride(row: StatusWorld["overrides"][number]) {
  return { status: row.status as Status, reason: row.reason, by: row.by ?? "", at: row.at.toISOString() };
}

type Override = ReturnType<typeof toOverride>;

/** The newest override of each item and each target (the rows come newest first), looked up in one pass. */
function latestOverrides(world: StatusWorld) {
  const ofItem = new Map<string, Override>();
  const ofTarget = new Map<string, Override>();
  for (const row of world.overrides) {
    if (row.itemId && !ofItem.has(row.itemId)) ofItem.set(row.itemId, toOverride(row));
    if (row.targetId && !ofTarget.has(row.targetId)) ofTarget.set(row.targetId, toOverride(row));
  }
  return { ofItem: (id: string) => ofItem.get(id) ?? null, ofTarget: (id: string) => ofTarget.get(id) ?? null };
}

/** Computes the status of every live item of the world's plans. */
export function computeStatuses(world: StatusWorld): ItemStatus[] {
  const cutoff = world.period ? periodEnd(world.period) : null;
  const inScope = world.reports.filter((r) => cutoff == null || daysBetween(periodEnd(r.period), cutoff) >= 0);
  const reportsByItem = groupBy(inScope, (r) => r.itemId);
  const targetsByItem = groupBy(world.parts.targets, (t) => t.itemId);
  const assignmentsByItem = groupBy(world.parts.assignments, (a) => a.itemId);
  const unitNames = new Map(world.units.map((u) => [u.id, u.name]));
  const plansById = new Map(world.plans.map((p) => [p.id, p]));
  const overrides = latestOverrides(world);

  return world.parts.items.map((item) => {
    const plan = plansById.get(item.planId);
    const itemReports = reportsByItem.get(item.id) ?? [];
    const byUnit = groupBy(itemReports, (r) => r.unitId);
    if (byUnit.size === 0) {
      for (const a of assignmentsByItem.get(item.id) ?? []) if (a.unitId && a.role !== "support") byUnit.set(a.unitId, []);
    }
    const unitIds = [...byUnit.keys()];
    const label = (unitId: string, text: string) => (unitIds.length > 1 ? `${unitNames.get(unitId) ?? ""}:${text}` : text);

    const targetStatuses: TargetStatus[] = plan
      ? pairStretchTargets(targetsByItem.get(item.id) ?? []).map(({ commitment, stretch }) => {
          const spec = specOf(commitment, plan, stretch?.value ?? null);
          const perUnit: TargetJudgement[] = (unitIds.length ? unitIds : [""]).map((unitId) => {
            const observations: Observation[] = (byUnit.get(unitId) ?? [])
              .filter((r) => isReported(toReportStatus(r.status)))
              .map((r) => {
                const v = r.values.find((x) => x.targetId === commitment.id) ?? r.values.find((x) => x.targetId === stretch?.id);
                return { period: r.period, value: v?.value ?? null };
              });
            const judged = judgeTarget(spec, observations, { today: world.today, tolerance: world.tolerance });
            return { ...judged, reason: unitId ? label(unitId, judged.reason) : judged.reason };
          });
          const worst = worstOf(perUnit) as TargetJudgement;
          const shown = applyOverride(worst, overrides.ofTarget(commitment.id));
          return {
            targetId: commitment.id,
            quote: commitment.quote,
            kind: kindOf(commitment),
            expected: worst.expected,
            actual: worst.actual,
            period: worst.period,
            stretchTargetId: stretch?.id ?? null,
            stretchMet: worst.stretchMet,
            ...shown,
          };
        })
      : [];

    let computed: Judgement;
    if (targetStatuses.length) {
      const status = summarise(targetStatuses).worst;
      computed = { status, reason: targetStatuses.find((t) => t.status === status)?.reason ?? "" };
    } else {
      const deadline = plan?.meta?.period ? `${plan.meta.period[1]}-12-31` : null;
      const perUnit = (unitIds.length ? unitIds : [""]).map((unitId) => {
        const submitted = (byUnit.get(unitId) ?? [])
          .filter((r) => r.firstSubmittedAt != null)
          .sort((a, b) => daysBetween(periodEnd(b.period), periodEnd(a.period)));
        const latest = submitted.at(-1);
        const judged = judgeTask({
          deadline,
          today: world.today,
          latest: latest
            ? {
                period: latest.period,
                completed: latest.completed,
                review: (latest.status === "accepted" ? "accepted" : latest.status === "returned" ? "returned" : "pending") as ReviewOutcome,
                comment: latest.reviewComment,
              }
            : null,
        });
        return { ...judged, reason: unitId ? label(unitId, judged.reason) : judged.reason };
      });
      computed = worstOf(perUnit) as Judgement;
    }
    const shown = applyOverride(computed, overrides.ofItem(item.id));

    const overdueSignals = [...byUnit.values()].flatMap((list) => {
      const latest = latestRound(list);
      if (!latest) return [];
      const submittedOn = latest.firstSubmittedAt ? localDate(latest.firstSubmittedAt) : null;
      const signal = overdueSignal(latest.deadline, world.today, submittedOn);
      return signal.overdue ? [label(latest.unitId, signal.reason)] : [];
    });

    return {
      itemId: item.id,
      planId: item.planId,
      path: item.path,
      heading: item.heading,
      ...shown,
      overdue: overdueSignals.length > 0,
      overdueReason: overdueSignals.join(";"),
      unitIds,
      targets: targetStatuses,
    };
  });
}
