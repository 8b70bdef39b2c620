/** What a directory unit is; a unit of kind "region" (a district, zone or county) groups the units under it. */
export const UNIT_KINDS = ["government", "department", "region", "collective", "company", "other"] as const;
/** One kind of unit. */
export type UnitKind = (typeof UNIT_KINDS)[number];
