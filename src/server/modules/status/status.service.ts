/** Use cases of status from data: the status of items and targets in scope, overrides, and a target's series. */
import { localDate, periodEnd } from "../../../core/domain/status/calendar.ts";
import { isReported, toReportStatus } from "../../../core/domain/reports/lifecycle.ts";
import { overrideProblem } from "../../../core/domain/status/override.ts";
import { byWorst, type Status } from "../../../core/domain/status/status.ts";
import { buildTrajectory } from "../../../core/domain/status/trajectory.ts";
import { unitScope } from "../../access/unit-scope.ts";
import type { ServiceContext } from "../../context.ts";
import { audited } from "../audit/audit.ts";
import { assertSupervises } from "../rounds/rounds.policy.ts";
import { loadSettings } from "../settings/settings.service.ts";
import { overrideReasonRequired, statusSubjectNotFound } from "./status.errors.ts";
import { computeStatuses, type ItemStatus, type StatusWorld } from "../../../core/domain/status/compute.ts";
import { assignedItemIds, directory, insertOverride, overridesFor, planOfSubject, planParts, publishedPlans, reportsOfPlans, roundPeriodsOf } from "./status.repository.ts";
import { keptFigures, keptItems } from "./kept-statuses.repository.ts";
import { keepItemStatuses, publishedFreshness, refreshStaleStatuses } from "./status.keeper.ts";
import { specOf } from "../../../core/domain/status/target-spec.ts";
import { groupBy } from "../../../core/domain/group-by.ts";

/** What to compute status for. */
export interface StatusFilter {
  planId?: string;
  /** several plans at once (a round's), read in one pass instead of one per plan */
  planIds?: readonly string[];
  unitId?: string;
  period?: string;
}

type PlanRows = Awaited<ReturnType<typeof publishedPlans>>;

/** Loads everything the status rules read for these plans. */
async function loadWorld(ctx: Pick<ServiceContext, "db">, plans: PlanRows, today: string, tolerance: number, period?: string): Promise<StatusWorld> {
  const planIds = plans.map((p) => p.id);
  const [parts, reports, units] = await Promise.all([planParts(ctx.db, planIds), reportsOfPlans(ctx.db, planIds), directory(ctx.db)]);
  const overrides = await overridesFor(ctx.db, parts.items.map((i) => i.id), parts.targets.map((t) => t.id));
  return { plans, parts, reports, units, overrides, today, tolerance, period };
}

/** The plans a filter names: several, one, or (undefined) every published plan. */
function planIdsOf(filter: StatusFilter): readonly string[] | undefined {
  return filter.planIds ?? (filter.planId ? [filter.planId] : undefined);
}

/** The unit sets a view is narrowed to: the actor's own units (a reporter), then the unit filter. */
function unitSetsOf(ctx: ServiceContext, filter: StatusFilter): string[][] {
  const own = unitScope(ctx.actor);
  return [...(own ? [[...own]] : []), ...(filter.unitId ? [[filter.unitId]] : [])];
}

/**
 * Whether a view of this period reads the kept statuses: no period, or one not yet ended of which no later
 * round exists (then "as of the period" is today's status). A past period is computed afresh from its reports.
 */
export async function readsKept(ctx: Pick<ServiceContext, "db" | "clock">, filter: StatusFilter): Promise<boolean> {
  if (!filter.period) return true;
  const end = periodEnd(filter.period);
  if (end < localDate(ctx.clock.now())) return false;
  const planIds = planIdsOf(filter);
  return (await roundPeriodsOf(ctx.db, planIds)).every((period) => periodEnd(period) <= end);
}

/** A past period's statuses, computed afresh as of the period's end and narrowed to the unit sets in memory. */
export async function pastStatuses(ctx: ServiceContext, filter: StatusFilter & { period: string }) {
  const planIds = planIdsOf(filter);
  const [plans, settings] = await Promise.all([publishedPlans(ctx.db, planIds), loadSettings(ctx.db)]);
  const today = periodEnd(filter.period);
  const world = await loadWorld(ctx, plans, today, settings.tolerance, filter.period);
  let items = computeStatuses(world);
  for (const unitIds of unitSetsOf(ctx, filter)) {
    const assigned = await assignedItemIds(ctx.db, plans.map((p) => p.id), unitIds);
    items = items.filter((i) => assigned.has(i.itemId) || i.unitIds.some((u) => unitIds.includes(u)));
  }
  const positions = new Map(world.parts.items.map((i) => [i.id, i.position]));
  return { today, tolerance: settings.tolerance, plans, units: world.units, items, positionOf: (itemId: string) => positions.get(itemId) ?? 0 };
}

/** Today's kept statuses in the filter's scope (stale plans kept again first). */
async function keptStatuses(ctx: ServiceContext, filter: StatusFilter) {
  const planIds = planIdsOf(filter);
  const { today, tolerance, plans } = await refreshStaleStatuses(ctx, planIds);
  const kept = await keptItems(ctx.db, { planIds: planIds ?? null, unitSets: unitSetsOf(ctx, filter) });
  const targetsOf = groupBy(kept.targets, (t) => t.itemId);
  const items: ItemStatus[] = kept.items.map(({ position: _position, section: _section, scopeUnitIds: _scope, ...item }) => ({
    ...item,
    targets: (targetsOf.get(item.itemId) ?? []).map(({ itemId: _itemId, planId: _planId, position: _position, ...target }) => target),
  }));
  return { today, tolerance, plans, items };
}

/**
 * Today's dashboard groups in the filter's scope: SQL aggregates over the kept statuses (kept rows exist only for
 * published plans). They are read beside the freshness check and read again only when a plan was stale and had
 * to be kept first, so a fresh province costs no extra wait.
 */
export async function keptStatusFigures(ctx: ServiceContext, filter: StatusFilter, listLimit: number) {
  const planIds = planIdsOf(filter);
  const read = () => keptFigures(ctx.db, { planIds: planIds ?? null, unitSets: unitSetsOf(ctx, filter) }, listLimit);
  const [freshness, optimistic] = await Promise.all([publishedFreshness(ctx, planIds), read()]);
  const stale = freshness.plans.some((p) => p.stale);
  const { today, plans } = stale ? await refreshStaleStatuses(ctx, planIds) : freshness;
  const groups = stale ? await read() : optimistic;
  return { today, plans: plans.map((p) => ({ planId: p.id, title: p.title })), groups };
}

/** Statuses of every item the actor may see that matches the filter, with the plans they belong to. */
export async function loadStatuses(ctx: ServiceContext, filter: StatusFilter) {
  if (filter.period && !(await readsKept(ctx, filter))) return pastStatuses(ctx, { ...filter, period: filter.period });
  return keptStatuses(ctx, filter);
}

/** GET /api/status: items and targets with status, reason and the overdue signal. */
export async function getStatus(ctx: ServiceContext, filter: StatusFilter) {
  const { today, tolerance, items } = await loadStatuses(ctx, filter);
  return { asOf: today, tolerance, items };
}

/** GET /api/status/reported-targets: every target with a reported value in the scope, worst first (the dashboard's trend picker). */
export async function reportedTargets(ctx: ServiceContext, filter: StatusFilter) {
  const { items } = await loadStatuses(ctx, filter);
  return items.flatMap((item) => item.targets.filter((target) => target.actual !== null)).sort((a, b) => byWorst(a.status, b.status));
}

/** Records a supervisor's override of an item's or a target's status; the reason is mandatory. */
export async function overrideStatus(ctx: ServiceContext, input: { itemId?: string; targetId?: string; status: Status; reason: string }) {
  assertSupervises(ctx.actor, "status.override");
  if (overrideProblem(input)) throw overrideReasonRequired();
  const subject = await planOfSubject(ctx.db, input);
  if (!subject) throw statusSubjectNotFound({ itemId: input.itemId, targetId: input.targetId });
  const row = await audited(ctx, { action: "status.override", entity: input.itemId ? "item" : "target" }, async (tx) => {
    const saved = await insertOverride(tx, {
      itemId: input.itemId ?? null,
      targetId: input.targetId ?? null,
      status: input.status,
      reason: input.reason.trim(),
      actorId: ctx.actor.id,
      at: ctx.clock.now(),
    });
    await keepItemStatuses({ db: tx, clock: ctx.clock }, subject.planId, [subject.itemId]);
    return { result: saved, entityId: input.itemId ?? input.targetId };
  });
  return { ...row, status: row.status as Status, at: row.at.toISOString() };
}

/** A target's reported values by period and unit, with where the trajectory expected it to be. */
export async function targetSeries(ctx: ServiceContext, targetId: string) {
  const planId = (await planOfSubject(ctx.db, { targetId }))?.planId;
  const { items } = planId ? await loadStatuses(ctx, { planId }) : { items: [] };
  const item = items.find((i) => i.targets.some((t) => t.targetId === targetId || t.stretchTargetId === targetId));
  const [plan] = planId ? await publishedPlans(ctx.db, [planId]) : [];
  if (!item || !plan) throw statusSubjectNotFound({ targetId });
  const world = await loadWorld(ctx, [plan], localDate(ctx.clock.now()), 0);
  const target = world.parts.targets.find((t) => t.id === targetId);
  if (!target) throw statusSubjectNotFound({ targetId });
  const spec = specOf(target, plan, null);
  const rows = world.reports
    .filter((r) => r.itemId === item.itemId && isReported(toReportStatus(r.status)))
    .sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)));
  const valueOf = (r: (typeof rows)[number]) => r.values.find((v) => v.targetId === targetId)?.value ?? null;
  return rows.map((r) => {
    const first = rows.filter((x) => x.unitId === r.unitId).map(valueOf).find((v) => v != null) ?? null;
    const trajectory = buildTrajectory(spec, first);
    return { period: r.period, unitId: r.unitId, value: valueOf(r), expected: trajectory?.expectedAt(periodEnd(r.period)) ?? null };
  });
}
