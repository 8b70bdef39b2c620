/** Use cases of status from data: the status of items and targets in scope, overrides, and a target's series. */
import { localDate, periodEnd } from "../../../core/domain/status/calendar.ts";
import { overrideProblem } from "../../../core/domain/status/override.ts";
import type { Status } from "../../../core/domain/status/status.ts";
import { buildTrajectory } from "../../../core/domain/status/trajectory.ts";
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
  readSnapshots,
  reportsOfPlans,
  writeSnapshot,
} from "./status.repository.ts";
import { specOf } from "./target-spec.ts";

/** What to compute status for. */
export interface StatusFilter {
  planId?: string;
  unitId?: string;
  period?: string;
}

type PlanRows = Awaited<ReturnType<typeof publishedPlans>>;

/** Loads everything the status rules read for these plans. */
async function loadWorld(ctx: ServiceContext, plans: PlanRows, today: string, tolerance: number, period?: string): Promise<StatusWorld> {
  const planIds = plans.map((p) => p.id);
  const [parts, reports, units] = await Promise.all([planParts(ctx.db, planIds), reportsOfPlans(ctx.db, planIds), directory(ctx.db)]);
  const overrides = await overridesFor(ctx.db, parts.items.map((i) => i.id), parts.targets.map((t) => t.id));
  return { plans, parts, reports, units, overrides, today, tolerance, period };
}

/**
 * Today's statuses of the plans: from the cached snapshot when nothing it depends on has changed, else
 * computed afresh and cached. The key is read before the data, so a write in between only costs a recompute.
 */
async function currentStatuses(ctx: ServiceContext, plans: PlanRows, today: string, tolerance: number): Promise<ItemStatus[]> {
  const planIds = plans.map((p) => p.id);
  const keys = await freshnessKeys(ctx.db, planIds);
  const snapshots = await readSnapshots(ctx.db, planIds);
  const keyOf = (planId: string) => `${keys.get(planId)}|${today}`;
  const stale = plans.filter((p) => snapshots.get(p.id)?.key !== keyOf(p.id));
  const fresh = new Map<string, ItemStatus[]>();
  if (stale.length) {
    for (const item of computeStatuses(await loadWorld(ctx, stale, today, tolerance))) {
      fresh.set(item.planId, [...(fresh.get(item.planId) ?? []), item]);
    }
    for (const plan of stale) await writeSnapshot(ctx.db, plan.id, keyOf(plan.id), fresh.get(plan.id) ?? [], ctx.clock.now());
  }
  return plans.flatMap((p) => fresh.get(p.id) ?? (stale.includes(p) ? [] : (snapshots.get(p.id)?.items as ItemStatus[])));
}

/** Statuses of every item the actor may see that matches the filter, with the plans and units they refer to. */
export async function loadStatuses(ctx: ServiceContext, filter: StatusFilter) {
  const [plans, settings, units] = await Promise.all([publishedPlans(ctx.db, filter.planId), loadSettings(ctx.db), directory(ctx.db)]);
  const now = localDate(ctx.clock.now());
  const today = filter.period && periodEnd(filter.period) < now ? periodEnd(filter.period) : now;
  let items = filter.period
    ? computeStatuses(await loadWorld(ctx, plans, today, settings.tolerance, filter.period))
    : await currentStatuses(ctx, plans, today, settings.tolerance);
  if (ctx.actor.role === "reporter") {
    const assigned = await assignedItemIds(ctx.db, plans.map((p) => p.id), ctx.actor.unitIds);
    items = items.filter((i) => assigned.has(i.itemId) || i.unitIds.some((u) => ctx.actor.unitIds.includes(u)));
  }
  if (filter.unitId) {
    const assigned = await assignedItemIds(ctx.db, plans.map((p) => p.id), [filter.unitId]);
    items = items.filter((i) => assigned.has(i.itemId) || i.unitIds.includes(filter.unitId as string));
  }
  return { today, tolerance: settings.tolerance, plans, units, items };
}

/** GET /api/status: items and targets with status, reason and the overdue signal. */
export async function getStatus(ctx: ServiceContext, filter: StatusFilter) {
  const { today, tolerance, items } = await loadStatuses(ctx, filter);
  return { asOf: today, tolerance, items };
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
  const [plan] = planId ? await publishedPlans(ctx.db, planId) : [];
  if (!item || !plan) throw statusSubjectNotFound({ targetId });
  const world = await loadWorld(ctx, [plan], localDate(ctx.clock.now()), 0);
  const target = world.parts.targets.find((t) => t.id === targetId);
  if (!target) throw statusSubjectNotFound({ targetId });
  const spec = specOf(target, plan, null);
  const rows = world.reports
    .filter((r) => r.itemId === item.itemId && (r.status === "submitted" || r.status === "accepted"))
    .sort((a, b) => periodEnd(a.period).localeCompare(periodEnd(b.period)));
  const valueOf = (r: (typeof rows)[number]) => r.values.find((v) => v.targetId === targetId)?.value ?? null;
  return rows.map((r) => {
    const first = rows.filter((x) => x.unitId === r.unitId).map(valueOf).find((v) => v != null) ?? null;
    const trajectory = buildTrajectory(spec, first);
    return { period: r.period, unitId: r.unitId, value: valueOf(r), expected: trajectory?.expectedAt(periodEnd(r.period)) ?? null };
  });
}
