/** The unit directory: a tree of government bodies, districts and collectives, each with aliases. */
import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, timestamps, versionColumn } from "./columns.ts";

export const units = pgTable(
  "units",
  {
    id: idColumn(),
    name: text("name").notNull().unique(),
    parentId: uuid("parent_id").references((): AnyPgColumn => units.id, { onDelete: "set null" }),
    kind: text("kind").notNull().default("department"),
    /** set when this unit was merged into another; merged units keep their row for the audit trail */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => units.id),
    mergedAt: timestamp("merged_at", { withTimezone: true, mode: "date" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("units_parent_idx").on(t.parentId)],
);

/** Other names a unit goes by (经信局, 市经信委 for 市经济和信息化局); an alias belongs to one unit. */
export const unitAliases = pgTable(
  "unit_aliases",
  {
    id: idColumn(),
    unitId: uuid("unit_id").notNull().references(() => units.id, { onDelete: "cascade" }),
    alias: text("alias").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("unit_aliases_unit_idx").on(t.unitId)],
);
