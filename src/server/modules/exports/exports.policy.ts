/** Who may download what: a plan's table to whoever may read the plan (a reporter sees only its items), a unit's workbook to its own reporters and to overseers. */
import type { Actor } from "../../access/actor.ts";
import { inUnitScope, unitScope } from "../../access/unit-scope.ts";

/** Whether a row of the plan export is shown: every row, or for a unit-scoped actor those among the items it may see. */
export function exportRowVisible(actor: Actor, visibleItemIds: ReadonlySet<string>): (itemId: string) => boolean {
  const scoped = unitScope(actor) !== null;
  return (itemId) => !scoped || visibleItemIds.has(itemId);
}

/** Whether the actor may download the workbook of `unitId` (outside its scope it is "not found"). */
export function mayExportUnit(actor: Actor, unitId: string): boolean {
  return inUnitScope(actor, unitId);
}
