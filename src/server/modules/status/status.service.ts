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
import { computeStatuses, type ItemStatus, type StatusWorld } from "./status.compute.ts";
import {
  assignedItemIds,
  directory,
  freshnessKeys,
  insertOverride,
  overridesFor,
  planOfSubject,
  planParts,
  publishedPlans,
  reportsOfPlans,
  writeSnapshot,
} from "./status.repository.ts";
import { snapshotKey } from "./snapshot-format.ts";
import { rememberPart, usableParts } from "./snapshot-reader.ts";
import { specOf } from "./target-spec.ts";
import { type PlanSummary, regionOf, summarisePlan } from "../../../core/domain/rollup/plan-summary.ts";

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
/** What the cache needs: the database and the clock, no actor (jobs refresh it too). */
type CacheContext = Pick<ServiceContext, "db" | "clock">;

async function loadWorld(ctx: CacheContext, plans: PlanRows, today: string, tolerance: number, period?: string): Promise<StatusWorld> {
  const planIds = plans.map((p) => p.id);
  const [parts, reports, units] = await Promise.all([planParts(ctx.db, planIds), reportsOfPlans(ctx.db, planIds), directory(ctx.db)]);
  const overrides = await overridesFor(ctx.db, parts.items.map((i) => i.id), parts.targets.map((t) => t.id));
  return { plans, parts, reports, units, overrides, today, tolerance, period };
}

type Directory = Awaited<ReturnType<typeof directory>>;

/**
 * Today's cached snapshot part ("items" or "summary") of each plan: served as stored while nothing it depends
 * on has changed and it is in this code's format, else recomputed and stored. The key is read before the
 * data, so a write in between only costs one more recompute later.
 */
async function freshSnapshots(ctx: CacheContext, plans: PlanRows, today: string, tolerance: number, units: Directory, part: "items" | "summary") {
  const keys = await freshnessKeys(ctx.db, plans.map((p) => p.id));
  const keyOf = (planId: string) => snapshotKey(keys.get(planId), today);
  const parts = await usableParts(ctx.db, plans.map((p) => p.id), part, keyOf);
  const stale = plans.filter((p) => !parts.has(p.id));
  if (stale.length === 0) return parts;
  const tree = new Map(units.map((u) => [u.id, u]));
  const computed = computeStatuses(await loadWorld(ctx, stale, today, tolerance));
  for (const plan of stale) {
    const items = computed.filter((i) => i.planId === plan.id);
    const summary = summarisePlan(items, (unitId) => regionOf(unitId, tree));
    const at = ctx.clock.now();
    await writeSnapshot(ctx.db, plan.id, keyOf(plan.id), { items, summary }, at);
    for (const [name, value] of [["items", items], ["summary", summary]] as const) rememberPart(ctx.db, plan.id, name, keyOf(plan.id), at, value);
    parts.set(plan.id, part === "items" ? items : summary);
  }
  return parts;
}

/** Reads the plans, settings and directory a status view starts from. */
async function statusBasics(ctx: CacheContext, planIds: readonly string[] | undefined, period: string | undefined) {
  const [plans, settings, units] = await Promise.all([publishedPlans(ctx.db, planIds), loadSettings(ctx.db), directory(ctx.db)]);
  const now = localDate(ctx.clock.now());
  const today = period && periodEnd(period) < now ? periodEnd(period) : now;
  return { plans, units, today, tolerance: settings.tolerance };
}

/** Today's dashboard figures of every published plan (or one), from the cache. */
export async function cachedSummaries(ctx: CacheContext, planId?: string) {
  const basics = await statusBasics(ctx, planId ? [planId] : undefined, undefined);
  const summaries = (await freshSnapshots(ctx, basics.plans, basics.today, basics.tolerance, basics.units, "summary")) as Map<string, PlanSummary>;
  return { ...basics, summaries };
}

/** Brings every published plan's cached statuses up to date (after midnight, or after writes), so reads stay fast. */
export async function refreshStatusCache(ctx: CacheContext): Promise<number> {
  const { summaries } = await cachedSummaries(ctx);
  return summaries.size;
}

/** Statuses of every item the actor may see that matches the filter, with the plans and units they refer to. */
export async function loadStatuses(ctx: ServiceContext, filter: StatusFilter) {
  const planIds = filter.planIds ?? (filter.planId ? [filter.planId] : undefined);
  const { plans, units, today, tolerance } = await statusBasics(ctx, planIds, filter.period);
  let items: ItemStatus[];
  if (filter.period) items = computeStatuses(await loadWorld(ctx, plans, today, tolerance, filter.period));
  else {
    const cached = await freshSnapshots(ctx, plans, today, tolerance, units, "items");
    items = plans.flatMap((p) => (cached.get(p.id) as ItemStatus[] | undefined) ?? []);
  }
  // the actor's unit scope (a reporter's units), then the unit filter: items those units are assigned to or report on
  for (const unitIds of [unitScope(ctx.actor), filter.unitId ? [filter.unitId] : null]) {
    if (!unitIds) continue;
    const assigned = await assignedItemIds(ctx.db, plans.map((p) => p.id), unitIds);
    items = items.filter((i) => assigned.has(i.itemId) || i.unitIds.some((u) => unitIds.includes(u)));
  }
  return { today, tolerance, plans, units, items };
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
  const planId = await planOfSubject(ctx.db, input);
  if (!planId) throw statusSubjectNotFound({ itemId: input.itemId, targetId: input.targetId });
  const row = await audited(ctx, { action: "status.override", entity: input.itemId ? "item" : "target" }, async (tx) => {
    const saved = await insertOverride(tx, {
      itemId: input.itemId ?? null,
      targetId: input.targetId ?? null,
      status: input.status,
      reason: input.reason.trim(),
      actorId: ctx.actor.id,
      at: ctx.clock.now(),
    });
    return { result: saved, entityId: input.itemId ?? input.targetId };
  });
  return { ...row, status: row.status as Status, at: row.at.toISOString() };
}

/** A target's reported values by period and unit, with where the trajectory expected it to be. */
export async function targetSeries(ctx: ServiceContext, targetId: string) {
  const planId = await planOfSubject(ctx.db, { targetId });
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
