/** The region rule: a unit counts under itself or its nearest ancestor of kind "region", else under 市本级. */

/** The unit directory as the region rule needs it. */
export type UnitTree = Map<string, { name: string; kind: string; parentId: string | null }>;

/** The name of the region a unit sits in. */
export function regionOf(unitId: string, units: UnitTree): string {
  const seen = new Set<string>();
  let id: string | null = unitId;
  while (id && !seen.has(id)) {
    const unit = units.get(id);
    if (!unit) break;
    if (unit.kind === "region") return unit.name;
    seen.add(id);
    id = unit.parentId;
  }
  return "市本级";
}
