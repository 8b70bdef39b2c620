/** Who may do what with rounds: supervisors and admins open and close them; everyone signed in may read those in scope. */
import type { Actor } from "../../access/actor.ts";
import { assertCan, can } from "../../access/can.ts";
import { unitScope, withinUnitScope } from "../../access/unit-scope.ts";
import type { Action } from "../../../core/domain/access/permissions.ts";

/** True for the roles that run supervision (open rounds, review reports, override statuses). */
export function supervises(actor: Actor): boolean {
  return can(actor, "rounds.open");
}

/** Throws 403 unless the actor may perform the supervision action. */
export function assertSupervises(actor: Actor, action: Action): void {
  assertCan(actor, action);
}

/** The units whose rounds the actor may list, or null for every round. */
export function roundUnitScope(actor: Actor): readonly string[] | null {
  return unitScope(actor);
}

/** The owing units of a round the actor may see (a reporter only its own). */
export function visibleOwing<T extends { unitId: string }>(actor: Actor, owing: readonly T[]): T[] {
  return withinUnitScope(actor, owing, (o) => o.unitId);
}
