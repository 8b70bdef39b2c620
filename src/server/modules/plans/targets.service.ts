/** Review edits of targets: add one to an item, change one, delete one. */
import { inferTargetKind, type TargetKind } from "../../../core/domain/status/target-kind.ts";
import type { Milestone } from "../../../core/domain/status/trajectory.ts";
import type { Change, Comparison } from "../../../core/extract/types.ts";
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { audited } from "../audit/audit.ts";
import { defaultDeadline } from "./plan-rows.ts";
import { itemNotFound, targetNotFound } from "./plans.errors.ts";
import { lockEditablePlan } from "./plans.policy.ts";
import { presentTarget } from "./plans.presenter.ts";
import {
  findLiveItem,
  findLiveTarget,
  insertTargets,
  liveTargetsOfItems,
  updateTargetRow,
} from "./plans.repository.ts";
import { parseNumberInput } from "./target-input.ts";
import { planChanged } from "./plan-changed.ts";

/** The editable fields of a target; numbers may arrive as typed text. */
export interface TargetFields {
  quote: string;
  metric: string | null;
  scope: string | null;
  value: number | string;
  unit: string | null;
  cmp: Comparison;
  change: Change | null;
  aspirational: boolean;
  baseline: number | string | null;
  deadline: string | null;
  milestones: Milestone[];
  kind: TargetKind;
}

/** Adds a target to an item; its kind is read off its words unless given, its deadline defaults to the plan's end. */
export async function addTarget(ctx: ServiceContext, planId: string, itemId: string, input: Omit<TargetFields, "kind"> & { kind?: TargetKind }) {
  const value = parseNumberInput("value", input.value, input);
  // a baseline is a level, never a change, so a share's baseline is at most 100% too
  const baseline = input.baseline === null ? null : parseNumberInput("baseline", input.baseline, { ...input, change: null });
  return audited(ctx, { action: "targets.create", entity: "target" }, async (tx) => {
    const plan = await lockEditablePlan(tx, ctx.actor, planId);
    if (!(await findLiveItem(tx, planId, itemId))) throw itemNotFound();
    const existing = await liveTargetsOfItems(tx, [itemId]);
    const now = ctx.clock.now();
    const [row] = await insertTargets(tx, [
      {
        ...input,
        planId,
        itemId,
        value,
        baseline,
        deadline: input.deadline ?? defaultDeadline(plan.meta.period),
        kind: input.kind ?? inferTargetKind(input),
        position: existing.length,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await planChanged(tx, ctx, planId);
    const target = presentTarget(row);
    return { result: target, entityId: target.id };
  });
}

/** Changes a target; a stale version gets 409 with the current target. */
export async function updateTarget(
  ctx: ServiceContext,
  planId: string,
  targetId: string,
  changes: Partial<TargetFields> & { version: number },
) {
  const { version, value, baseline, ...rest } = changes;
  return audited(ctx, { action: "targets.update", entity: "target", entityId: targetId }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    const target = await findLiveTarget(tx, planId, targetId);
    if (!target) throw targetNotFound();
    const before = presentTarget(target);
    if (target.version !== version) throw commonErrors.stale({ current: before });
    // the number is checked against the target as it will be (a new unit of % makes 150 a bad share)
    const context = { unit: target.unit, metric: target.metric, change: target.change, ...rest };
    const numbers = {
      value: parseNumberInput("value", value ?? target.value, context),
      baseline: (baseline === undefined ? target.baseline : baseline) === null ? null : parseNumberInput("baseline", baseline ?? target.baseline!, { ...context, change: null }),
    };
    const now = ctx.clock.now();
    const updated = await updateTargetRow(tx, targetId, { ...rest, ...numbers, version: target.version + 1, updatedAt: now });
    await planChanged(tx, ctx, planId);
    return { result: presentTarget(updated), before };
  });
}

/** Removes a target (kept in the database as removed). */
export async function deleteTarget(ctx: ServiceContext, planId: string, targetId: string) {
  await audited(ctx, { action: "targets.delete", entity: "target", entityId: targetId }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    const target = await findLiveTarget(tx, planId, targetId);
    if (!target) throw targetNotFound();
    const now = ctx.clock.now();
    await updateTargetRow(tx, targetId, { removedAt: now, updatedAt: now, version: target.version + 1 });
    await planChanged(tx, ctx, planId);
    return { result: null, before: presentTarget(target) };
  });
}
