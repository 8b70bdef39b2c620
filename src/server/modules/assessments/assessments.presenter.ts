/** Turns a plan's statuses, assignments and report record into the assessment's input, one AssessedUnit per unit. */
import { isReported, toReportStatus } from "../../../core/domain/reports/lifecycle.ts";
import { daysBetween, localDate, periodEnd } from "../../../core/domain/status/calendar.ts";
import type { AssessedTarget } from "../../../core/domain/assessment/attainment.ts";
import type { AssessedItem, AssessedUnit } from "../../../core/domain/assessment/score.ts";
import type { TargetKind } from "../../../core/domain/status/target-kind.ts";
import type { Comparison, UnitRole } from "../../../core/extract/types.ts";
import { itemName } from "../exports/exports.presenter.ts";
import type { ItemStatus } from "../../../core/domain/status/compute.ts";
import type { planParts, reportsOfPlans } from "../status/status.queries.ts";
import type { reportTimeliness, returnCounts, unitDirectory } from "./assessments.repository.ts";

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** The plan's parts and reports, and the day the assessment is read on. */
export interface AssessedPlan {
  parts: Rows<typeof planParts>;
  reports: Rows<typeof reportsOfPlans>;
  /** local date YYYY-MM-DD */
  today: string;
}

/** Whether a report counts as late on `today`: first submitted after the deadline, or missing past it. */
function isLate(row: Rows<typeof reportTimeliness>[number], today: string): boolean {
  if (row.firstSubmittedAt) return daysBetween(row.deadline, localDate(row.firstSubmittedAt)) > 0;
  return daysBetween(row.deadline, today) > 0;
}

/** Per unit and item, the submitted reports newest first, to find a unit's own latest value of a target. */
function ownValues(plan: AssessedPlan) {
  const byUnitItem = new Map<string, AssessedPlan["reports"]>();
  for (const r of plan.reports) {
    if (!isReported(toReportStatus(r.status))) continue;
    const key = `${r.unitId}|${r.itemId}`;
    byUnitItem.set(key, [...(byUnitItem.get(key) ?? []), r]);
  }
  for (const list of byUnitItem.values()) list.sort((a, b) => (periodEnd(a.period) < periodEnd(b.period) ? 1 : -1));
  return (unitId: string, itemId: string, targetId: string): number | null => {
    for (const r of byUnitItem.get(`${unitId}|${itemId}`) ?? []) {
      const value = r.values.find((v) => v.targetId === targetId)?.value;
      if (value != null) return value;
    }
    return null;
  };
}

/**
 * Every unit assigned in the plan with its items (role, year-end status, targets with the latest value)
 * and its count of late and returned reports. A unit that reports on a target is scored on its own latest
 * value; a support unit, which reports nothing itself, on the value the item was judged by, and only if it
 * gave the lead input on the item in the year (`contributed`: "unitId/itemId" pairs).
 */
export function assessedUnits(
  plan: AssessedPlan,
  statuses: ItemStatus[],
  timeliness: Rows<typeof reportTimeliness>,
  returned: Rows<typeof returnCounts>,
  directory: Rows<typeof unitDirectory>,
  contributed: ReadonlySet<string>,
): AssessedUnit[] {
  const names = new Map(directory.map((u) => [u.id, u.name]));
  const statusOf = new Map(statuses.map((s) => [s.itemId, s]));
  const itemsById = new Map(plan.parts.items.map((i) => [i.id, i]));
  const targetsById = new Map(plan.parts.targets.map((t) => [t.id, t]));
  const ownValue = ownValues(plan);
  const units = new Map<string, AssessedUnit>();
  const unitOf = (unitId: string) => {
    if (!units.has(unitId)) {
      units.set(unitId, { unitId, unitName: names.get(unitId) ?? "", items: [], lateReports: 0, returnedReports: 0 });
    }
    return units.get(unitId) as AssessedUnit;
  };
  // lead and owner assignments first: a unit both leading and supporting an item answers for it as lead
  const assignments = [...plan.parts.assignments].sort((x, y) => Number(x.role === "support") - Number(y.role === "support"));
  for (const a of assignments) {
    const status = statusOf.get(a.itemId);
    const item = itemsById.get(a.itemId);
    const unitId = a.unitId;
    if (!unitId || !status || !item) continue;
    const unit = unitOf(unitId);
    if (unit.items.some((i) => i.itemId === a.itemId)) continue;
    const targets: AssessedTarget[] = status.targets.map((ts) => {
      const row = targetsById.get(ts.targetId);
      const stretch = ts.stretchTargetId ? targetsById.get(ts.stretchTargetId) : undefined;
      return {
        targetId: ts.targetId,
        label: row?.metric ?? ts.quote,
        kind: ts.kind as TargetKind,
        cmp: (row?.cmp ?? ">=") as Comparison,
        baseline: row?.baseline ?? null,
        goal: row?.value ?? 0,
        stretch: stretch?.value ?? null,
        actual: a.role === "support" ? ts.actual : ownValue(unitId, a.itemId, ts.targetId),
      };
    });
    const assessed: AssessedItem = {
      itemId: a.itemId,
      label: `${item.path.join("/")} ${itemName(item)}`,
      role: a.role as UnitRole,
      status: status.status,
      targets,
      ...(a.role === "support" ? { contributed: contributed.has(`${unitId}/${a.itemId}`) } : {}),
    };
    unit.items.push(assessed);
  }
  for (const row of timeliness) if (units.has(row.unitId) && isLate(row, plan.today)) unitOf(row.unitId).lateReports += 1;
  for (const row of returned) if (units.has(row.unitId)) unitOf(row.unitId).returnedReports = Number(row.returned);
  return [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "zh"));
}
