/** Who may do what with a report: the reporting unit writes and submits, support units contribute, supervisors review. */
import type { Actor } from "../../access/actor.ts";
import { can } from "../../access/can.ts";

/** What the actor is to a report. */
export type ReportRelation = "reporter" | "supporter" | "overseer" | "none";

/** How the actor relates to a report of `unitId` whose item has `supportUnitIds`. */
export function relationTo(actor: Actor, unitId: string, supportUnitIds: string[]): ReportRelation {
  if (can(actor, "reports.oversee")) return "overseer";
  if (!can(actor, "reports.write")) return "none";
  if (actor.unitIds.includes(unitId)) return "reporter";
  if (supportUnitIds.some((id) => actor.unitIds.includes(id))) return "supporter";
  return "none";
}

/** Whether the actor might support a lead report of `unitId` (so the item's support units are worth loading). */
export function mightSupport(actor: Actor, unitId: string, reportRole: string): boolean {
  return !can(actor, "reports.oversee") && can(actor, "reports.write") && !actor.unitIds.includes(unitId) && reportRole === "lead";
}

/** Whether the actor may review reports (accept or return). */
export function mayReview(actor: Actor): boolean {
  return can(actor, "reports.review");
}

/** The units whose inbox the actor reads: its own units when it writes reports, none otherwise. */
export function inboxUnitIds(actor: Actor): string[] {
  return can(actor, "reports.write") ? actor.unitIds : [];
}
