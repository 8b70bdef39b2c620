/** Use cases on whole plans: list, read, resolve a unit name, publish, list revisions and diff them. */
import { normalizeUnitName } from "../../../core/domain/units/match.ts";
import { assertCan, can, planScope } from "../../access/can.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { commonErrors } from "../../errors.ts";
import { audited } from "../audit/audit.ts";
import { addAliasIfNew, assertUnitsExist, insertNewUnit, loadDirectory } from "../units/units.service.ts";
import { resolveKnownUnit } from "./plan-rows.ts";
import { diffRevisions } from "./plans.diff.ts";
import { nameNotInPlan, planNotFound, revisionNotFound, unresolvedUnits } from "./plans.errors.ts";
import { loadReadablePlan, loadSourcePlan, lockEditablePlan, seesAssignedItemsOnly } from "./plans.policy.ts";
import { byItem, presentItem, presentPlanSummary, presentUnitResolutions, textWithinSpans } from "./plans.presenter.ts";
import {
  documentFile,
  documentText,
  listPlansWithCounts,
  listRevisions,
  liveAssignments,
  liveItems,
  liveTargets,
  setAssignmentUnit,
} from "./plans.repository.ts";
import { planChanged } from "./plan-changed.ts";

/** The plans the actor may see, newest first. */
export async function listPlans(ctx: ServiceContext) {
  assertCan(ctx.actor, "plans.read");
  return (await listPlansWithCounts(ctx.db, planScope(ctx.actor))).map(presentPlanSummary);
}

/** The summary of one plan (inside or outside a transaction). */
export async function planSummary(db: Db, planId: string) {
  const [plan] = await listPlansWithCounts(db, { all: true }, planId);
  if (!plan) throw planNotFound();
  return presentPlanSummary(plan);
}

/** A plan with its text, items (a reporter sees only those assigned to its units) and unit resolutions. */
export async function getPlan(ctx: ServiceContext, planId: string) {
  const plan = await loadReadablePlan(ctx, planId);
  const [summary, text, itemRows, assignmentRows, targetRows, directory] = await Promise.all([
    planSummary(ctx.db, planId),
    documentText(ctx.db, plan.documentId),
    liveItems(ctx.db, planId),
    liveAssignments(ctx.db, planId),
    liveTargets(ctx.db, planId),
    loadDirectory(ctx.db),
  ]);
  const assignmentsByItem = byItem(assignmentRows);
  const targetsByItem = byItem(targetRows);
  const visible = seesAssignedItemsOnly(ctx.actor)
    ? itemRows.filter((item) =>
        (assignmentsByItem.get(item.id) ?? []).some((a) => a.unitId !== null && ctx.actor.unitIds.includes(a.unitId)),
      )
    : itemRows;
  const wholeSource = can(ctx.actor, "plans.read_source");
  const visibleSpans = visible.flatMap((item) => [item.span, item.headingSpan].filter((span) => span != null));
  return {
    plan: { ...summary, documentId: plan.documentId, meta: plan.meta, warnings: wholeSource ? plan.warnings : [] },
    text: wholeSource ? text : textWithinSpans(text, visibleSpans),
    items: visible.map((item) => presentItem(item, assignmentsByItem.get(item.id) ?? [], targetsByItem.get(item.id) ?? [])),
    units: presentUnitResolutions(assignmentRows, directory),
  };
}

/** How a supervisor resolves a name: to an existing unit, or to a unit created on the spot. */
export type UnitResolutionInput = { name: string; unitId: string } | { name: string; create: { name: string; parentId?: string | null } };

/**
 * Points every mention of a name in the plan at a directory unit (existing or newly created); when the name
 * differs from the unit's, it becomes an alias so later imports resolve it by themselves.
 */
export async function resolvePlanUnit(ctx: ServiceContext, planId: string, input: UnitResolutionInput) {
  assertCan(ctx.actor, "units.write");
  await audited(ctx, { action: "plans.resolve_unit", entity: "plan", entityId: planId }, async (tx) => {
    const plan = await lockEditablePlan(tx, ctx.actor, planId);
    const unitId = "unitId" in input ? input.unitId : (await insertNewUnit(tx, ctx, { name: input.create.name, parentId: input.create.parentId })).id;
    await assertUnitsExist(tx, [unitId]);
    const updated = await setAssignmentUnit(tx, planId, input.name, unitId);
    if (updated === 0) throw nameNotInPlan({ name: input.name });
    await addAliasIfNew(tx, unitId, normalizeUnitName(input.name));
    await planChanged(tx, ctx, planId, { version: plan.version + 1, updatedAt: ctx.clock.now() });
    return { result: null, after: { name: input.name, unitId } };
  });
  return getPlan(ctx, planId);
}

/** Publishes a plan once every unit name resolves (names that now match exactly or by alias resolve first). */
export async function publishPlan(ctx: ServiceContext, planId: string, expectedVersion?: number) {
  return audited(ctx, { action: "plans.publish", entity: "plan", entityId: planId }, async (tx) => {
    const plan = await lockEditablePlan(tx, ctx.actor, planId, "plans.publish");
    if (expectedVersion !== undefined && expectedVersion !== plan.version) {
      throw commonErrors.stale({ current: await planSummary(tx, planId) });
    }
    const directory = await loadDirectory(tx);
    const unresolved = new Set<string>();
    for (const assignment of await liveAssignments(tx, planId)) {
      if (assignment.unitId) continue;
      const unitId = resolveKnownUnit(assignment.name, directory);
      if (unitId) await setAssignmentUnit(tx, planId, assignment.name, unitId);
      else unresolved.add(assignment.name);
    }
    if (unresolved.size) throw unresolvedUnits({ unresolved: [...unresolved] });
    const now = ctx.clock.now();
    await planChanged(tx, ctx, planId, { status: "published", publishedAt: plan.publishedAt ?? now, version: plan.version + 1, updatedAt: now });
    const summary = await planSummary(tx, planId);
    return { result: summary, before: { status: plan.status, version: plan.version } };
  });
}

/** The documents imported into a plan, oldest first. */
export async function listPlanRevisions(ctx: ServiceContext, planId: string) {
  await loadSourcePlan(ctx, planId);
  return (await listRevisions(ctx.db, planId)).map((row) => ({
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    documentId: row.documentId,
  }));
}

/** The original file behind a plan: of its latest revision, or of the one named. */
export async function planDocument(ctx: ServiceContext, planId: string, revision?: number) {
  const plan = await loadSourcePlan(ctx, planId);
  const documentId =
    revision === undefined ? plan.documentId : (await listRevisions(ctx.db, planId)).find((row) => row.revision === revision)?.documentId;
  const file = documentId ? await documentFile(ctx.db, documentId) : undefined;
  if (!file) throw revisionNotFound({ revision });
  return file;
}

/** What changed between two revisions of a plan. */
export async function diffPlanRevisions(ctx: ServiceContext, planId: string, from: number, to: number) {
  await loadSourcePlan(ctx, planId);
  const revisions = await listRevisions(ctx.db, planId);
  const before = revisions.find((row) => row.revision === from);
  const after = revisions.find((row) => row.revision === to);
  if (!before || !after) throw revisionNotFound({ from, to });
  return diffRevisions(before.snapshot, after.snapshot);
}
