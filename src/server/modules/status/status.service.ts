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
import { directory, insertOverride, overridesFor, planOfSubject, planParts, publishedPlans, reportsOfPlans } from "./status.repository.ts";
import { specOf } from "./target-spec.ts";

/** What to compute status for. */
export interface StatusFilter {
  planId?: string;
  unitId?: string;
  period?: string;
}

/** Loads the world and computes the status of every item the actor may see that matches the filter. */
export async function loadStatuses(ctx: ServiceContext, filter: StatusFilter): Promise<{ world: StatusWorld; items: ItemStatus[] }> {
  const plans = await publishedPlans(ctx.db, filter.planId);
  const planIds = plans.map((p) => p.id);
  const [parts, reports, units, settings] = await Promise.all([
    planParts(ctx.db, planIds),
    reportsOfPlans(ctx.db, planIds),
    directory(ctx.db),
    loadSettings(ctx.db),
  ]);
  const overrides = await overridesFor(ctx.db, parts.items.map((i) => i.id), parts.targets.map((t) => t.id));
  const now = localDate(ctx.clock.now());
  const today = filter.period && periodEnd(filter.period) < now ? periodEnd(filter.period) : now;
  const world: StatusWorld = { plans, parts, reports, units, overrides, today, tolerance: settings.tolerance, period: filter.period };
  const assigned = new Map<string, Set<string>>();
  for (const a of parts.assignments) if (a.unitId) assigned.set(a.itemId, (assigned.get(a.itemId) ?? new Set()).add(a.unitId));
  const touches = (item: ItemStatus, unitIds: readonly string[]) =>
    unitIds.some((u) => item.unitIds.includes(u) || assigned.get(item.itemId)?.has(u));
  let items = computeStatuses(world);
  if (ctx.actor.role === "reporter") items = items.filter((i) => touches(i, ctx.actor.unitIds));
  if (filter.unitId) items = items.filter((i) => touches(i, [filter.unitId as string]));
  return { world, items };
}

/** GET /api/status: items and targets with status, reason and the overdue signal. */
export async function getStatus(ctx: ServiceContext, filter: StatusFilter) {
  const { world, items } = await loadStatuses(ctx, filter);
  return { asOf: world.today, tolerance: world.tolerance, items };
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
  const { world, items } = planId ? await loadStatuses(ctx, { planId }) : { world: null, items: [] };
  const item = items.find((i) => i.targets.some((t) => t.targetId === targetId || t.stretchTargetId === targetId));
  const target = world?.parts.targets.find((t) => t.id === targetId);
  const plan = world?.plans.find((p) => p.id === planId);
  if (!world || !item || !target || !plan) throw statusSubjectNotFound({ targetId });
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
