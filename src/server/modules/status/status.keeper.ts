/**
 * Keeps each published plan's statuses in the kept-status tables, called inside the transaction of the write
 * that changes them: `keepItemStatuses` after a report or an override (those items only), `keepPlanStatuses`
 * after a plan edit, a publish or a round opening, `markStatusesStale` when the unit directory changes. A plan
 * kept on another day or with another tolerance is stale; `refreshStaleStatuses` (the job, and every read
 * before it reads) keeps it again, so the date moving the trajectory is caught the same way.
 */
import { localDate } from "../../../core/domain/status/calendar.ts";
import { regionOf } from "../../../core/domain/units/region.ts";
import type { ServiceContext } from "../../context.ts";
import { loadSettings } from "../settings/settings.service.ts";
import { computeStatuses, type ItemStatus, type StatusWorld } from "../../../core/domain/status/compute.ts";
import { directory, overridesFor, planParts, publishedPlans, reportsOfPlans, unitsAround } from "./status.repository.ts";
import { type KeptRows, lockKeeping, markAllStale, markPlanKept, publishedWithFreshness, replaceKept } from "./kept-statuses.repository.ts";
import { groupBy } from "../../../core/domain/group-by.ts";

/** What keeping needs: the database (the write's transaction) and the clock; no actor (jobs keep too). */
export type KeepContext = Pick<ServiceContext, "db" | "clock">;

/** Reads what the status rules need for one plan (only some items, when given) and computes them; null when it is not published. */
async function computePlan(ctx: KeepContext, planId: string, itemIds: readonly string[] | null) {
  // one after the other: this runs in the write's transaction, on one connection (pg 9 refuses queued queries)
  const only = itemIds ?? undefined;
  const plans = await publishedPlans(ctx.db, [planId]);
  if (plans.length === 0) return null;
  const settings = await loadSettings(ctx.db);
  const parts = await planParts(ctx.db, [planId], only);
  const reports = await reportsOfPlans(ctx.db, [planId], only);
  // a few items need only their own units and those units' ancestors; a whole plan reads the directory
  const namedUnits = [...new Set([...parts.assignments.flatMap((a) => (a.unitId ? [a.unitId] : [])), ...reports.map((r) => r.unitId)])];
  const units = itemIds ? await unitsAround(ctx.db, namedUnits) : await directory(ctx.db);
  const overrides = await overridesFor(ctx.db, parts.items.map((i) => i.id), parts.targets.map((t) => t.id));
  const world: StatusWorld = { plans, parts, reports, units, overrides, today: localDate(ctx.clock.now()), tolerance: settings.tolerance };
  return { world, rows: keptRows(world, computeStatuses(world)) };
}

/** The computed statuses as kept rows: each item with its section and scope units, its unit rows, each target in order. */
function keptRows(world: StatusWorld, statuses: ItemStatus[]): KeptRows {
  const tree = new Map(world.units.map((u) => [u.id, u]));
  const positions = new Map(world.parts.items.map((i) => [i.id, i.position]));
  const assigned = groupBy(world.parts.assignments, (a) => a.itemId);
  return {
    items: statuses.map((s) => ({
      itemId: s.itemId,
      planId: s.planId,
      position: positions.get(s.itemId) ?? 0,
      path: s.path,
      section: s.path[0] ?? "",
      heading: s.heading,
      status: s.status,
      reason: s.reason,
      overridden: s.overridden,
      overdue: s.overdue,
      overdueReason: s.overdueReason,
      unitIds: s.unitIds,
      scopeUnitIds: [...new Set([...s.unitIds, ...(assigned.get(s.itemId) ?? []).flatMap((a) => (a.unitId ? [a.unitId] : []))])],
    })),
    units: statuses.flatMap((s) => {
      const regions = new Set<string>();
      return s.unitIds.map((unitId) => {
        const region = regionOf(unitId, tree);
        const countsForRegion = !regions.has(region);
        regions.add(region);
        return { itemId: s.itemId, planId: s.planId, unitId, region, countsForRegion, status: s.status, overdue: s.overdue };
      });
    }),
    targets: statuses.flatMap((s) =>
      s.targets.map((t, position) => ({
        targetId: t.targetId,
        itemId: s.itemId,
        planId: s.planId,
        position,
        quote: t.quote,
        kind: t.kind,
        status: t.status,
        reason: t.reason,
        expected: t.expected,
        actual: t.actual,
        period: t.period,
        stretchTargetId: t.stretchTargetId,
        stretchMet: t.stretchMet,
        overridden: t.overridden,
      })),
    ),
  };
}

/** Keeps the statuses of some items of a plan (a report or an override on them), in the caller's transaction. */
export async function keepItemStatuses(ctx: KeepContext, planId: string, itemIds: readonly string[]): Promise<void> {
  await lockKeeping(ctx.db, [planId]);
  const computed = await computePlan(ctx, planId, itemIds);
  if (computed) await replaceKept(ctx.db, planId, itemIds, computed.rows);
}

/** Keeps every status of the plans (their items, targets, units or rounds changed), in the caller's transaction. */
export async function keepPlanStatuses(ctx: KeepContext, planIds: readonly string[]): Promise<void> {
  await lockKeeping(ctx.db, planIds);
  for (const planId of planIds) {
    const computed = await computePlan(ctx, planId, null);
    await replaceKept(ctx.db, planId, null, computed?.rows ?? { items: [], units: [], targets: [] });
    if (computed) await markPlanKept(ctx.db, planId, computed.world.today, computed.world.tolerance);
  }
}

/** Marks every plan's statuses stale (the unit directory changed: names in reasons, regions), in the caller's transaction. */
export async function markStatusesStale(ctx: KeepContext): Promise<void> {
  await markAllStale(ctx.db);
}

/** The published plans (all, or those among the ids), oldest first, each with whether its kept rows are stale today. */
export async function publishedFreshness(ctx: KeepContext, planIds?: readonly string[]) {
  const today = localDate(ctx.clock.now());
  const { tolerance } = await loadSettings(ctx.db);
  return { today, tolerance, plans: await publishedWithFreshness(ctx.db, today, tolerance, planIds) };
}

/**
 * Keeps again every stale published plan (all, or those among the ids), one transaction each, and returns the
 * published plans, oldest first. A plan another request kept meanwhile is skipped once its lock is held.
 */
export async function refreshStaleStatuses(ctx: KeepContext, planIds?: readonly string[]) {
  const { today, tolerance, plans } = await publishedFreshness(ctx, planIds);
  for (const plan of plans.filter((p) => p.stale)) {
    await ctx.db.transaction(async (tx) => {
      await lockKeeping(tx, [plan.id]);
      const [current] = await publishedWithFreshness(tx, today, tolerance, [plan.id]);
      if (current?.stale) await keepPlanStatuses({ db: tx, clock: ctx.clock }, [plan.id]);
    });
  }
  return { today, tolerance, plans };
}
