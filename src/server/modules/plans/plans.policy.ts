/** Who may see and change which plan: reads outside the actor's scope are "not found"; writes need the role. */
import { assertCan, can } from "../../access/can.ts";
import type { Actor } from "../../access/actor.ts";
import { unitScope } from "../../access/unit-scope.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { planNotFound } from "./plans.errors.ts";
import { findPlan, lockPlan, type PlanRow, planUnitIds } from "./plans.repository.ts";

/** The plan if the actor may read it, else 404 (also when it exists but is outside the actor's scope). */
export async function loadReadablePlan(ctx: ServiceContext, planId: string): Promise<PlanRow> {
  const plan = await findPlan(ctx.db, planId);
  if (!plan) throw planNotFound();
  const unitIds = unitScope(ctx.actor) !== null ? await planUnitIds(ctx.db, planId) : [];
  if (!can(ctx.actor, "plans.read", { status: plan.status, unitIds })) throw planNotFound();
  return plan;
}

/** The plan if the actor may read its whole source (document, file, revisions): 404 outside scope, 403 without the grant. */
export async function loadSourcePlan(ctx: ServiceContext, planId: string): Promise<PlanRow> {
  const plan = await loadReadablePlan(ctx, planId);
  assertCan(ctx.actor, "plans.read_source");
  return plan;
}

/** Checks the role may edit plans (403), then locks the plan row inside the transaction (404 when unknown). */
export async function lockEditablePlan(tx: Db, actor: Actor, planId: string, action: "plans.edit" | "plans.publish" | "plans.import" = "plans.edit") {
  assertCan(actor, action);
  const plan = await lockPlan(tx, planId);
  if (!plan) throw planNotFound();
  return plan;
}

/** Whether the actor sees only the items assigned to its units (reporters). */
export function seesAssignedItemsOnly(actor: Actor): boolean {
  return unitScope(actor) !== null;
}
