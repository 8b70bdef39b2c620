/** The public shape of a unit. */
import type { UNIT_KINDS } from "./units.schemas.ts";
import type { UnitWithAliases } from "./units.repository.ts";

/** `{ id, name, parentId, aliases, kind, version }` as the API returns it. */
export function presentUnit(unit: UnitWithAliases) {
  return {
    id: unit.id,
    name: unit.name,
    parentId: unit.parentId,
    aliases: unit.aliases,
    kind: unit.kind as (typeof UNIT_KINDS)[number],
    version: unit.version,
  };
}
