/** Who may do what with assessments: supervisors set rules and decide appeals, a unit's reporters appeal, a reporter sees its own units' calculations. */
import type { Actor } from "../../access/actor.ts";
import { assertCan, can } from "../../access/can.ts";
import { withinUnitScope } from "../../access/unit-scope.ts";
import { commonErrors } from "../../errors.ts";

/** The rows (scores, appeals) the actor may see in detail: all, or its own units' for a unit-scoped actor. */
export function visibleToActor<T extends { unitId: string }>(actor: Actor, rows: readonly T[]): T[] {
  return withinUnitScope(actor, rows, (row) => row.unitId);
}

/** Throws 403 unless the actor may appeal for the unit (a reporter of that unit). */
export function assertMayAppeal(actor: Actor, unitId: string): void {
  if (!can(actor, "assessments.appeal") || !actor.unitIds.includes(unitId)) throw commonErrors.forbidden({ action: "assessments.appeal" });
}

/** Throws 403 unless the actor may change the rule sheet, run what-ifs or decide appeals. */
export function assertManagesAssessment(actor: Actor, action: "assessments.rules" | "assessments.what_if" | "assessments.decide_appeal"): void {
  assertCan(actor, action);
}
