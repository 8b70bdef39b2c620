/** Who may do what with rounds: supervisors and admins open and close them; everyone signed in may read those in scope. */
import type { Actor } from "../../access/actor.ts";
import { assertCan, can } from "../../access/can.ts";
import { allowedIds, unitScope } from "../../access/unit-scope.ts";
import type { ServiceContext } from "../../context.ts";
import { reports } from "../../db/schema/reports.ts";
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

/** Whether the actor may see the round: it sees every round, or the round asks one of its units for a report. */
export async function roundInScope(ctx: Pick<ServiceContext, "db" | "actor">, roundId: string): Promise<boolean> {
  if (unitScope(ctx.actor) === null) return true;
  return (await allowedIds(ctx.db, ctx.actor, { table: reports, id: reports.roundId, unitId: reports.unitId }, [roundId])).has(roundId);
}
