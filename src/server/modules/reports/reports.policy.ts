/** Who may do what with a report: the reporting unit writes and submits, support units contribute, supervisors review. */
import type { Actor } from "../../access/actor.ts";

/** What the actor is to a report. */
export type ReportRelation = "reporter" | "supporter" | "overseer" | "none";

/** How the actor relates to a report of `unitId` whose item has `supportUnitIds`. */
export function relationTo(actor: Actor, unitId: string, supportUnitIds: string[]): ReportRelation {
  if (actor.role === "admin" || actor.role === "supervisor" || actor.role === "viewer") return "overseer";
  if (actor.role !== "reporter") return "none";
  if (actor.unitIds.includes(unitId)) return "reporter";
  if (supportUnitIds.some((id) => actor.unitIds.includes(id))) return "supporter";
  return "none";
}

/** Whether the actor may review reports (accept or return). */
export function mayReview(actor: Actor): boolean {
  return actor.role === "supervisor" || actor.role === "admin";
}
