/** Who may do what with rounds: supervisors and admins open and close them; everyone signed in may read those in scope. */
import type { Actor } from "../../access/actor.ts";
import { commonErrors } from "../../errors.ts";

/** True for the roles that run supervision (open rounds, review reports, override statuses). */
export function supervises(actor: Actor): boolean {
  return actor.role === "supervisor" || actor.role === "admin";
}

/** Throws 403 unless the actor runs supervision. */
export function assertSupervises(actor: Actor, action: string): void {
  if (!supervises(actor)) throw commonErrors.forbidden({ action });
}
