/**
 * Kept statuses: each published plan's items and targets as the status rules judge them today, written in the
 * same transaction as the write that changes them (see modules/status/status.keeper.ts), so every read is SQL.
 */
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { Status } from "../../../core/domain/status/status.ts";
import { items, plans, targets } from "./plans.ts";

/** One row per published plan: the day and tolerance its kept rows were computed for (null day: stale). */
export const planStatuses = pgTable("plan_statuses", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  computedOn: date("computed_on", { mode: "string" }),
  tolerance: doublePrecision("tolerance").notNull(),
});

/** An item's kept status, with what the dashboard groups it by. */
export const itemStatuses = pgTable(
  "item_statuses",
  {
    itemId: uuid("item_id")
      .primaryKey()
      .references(() => items.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    path: jsonb("path").$type<string[]>().notNull(),
    /** the first step of the path: the section the dashboard counts the item under */
    section: text("section").notNull(),
    heading: text("heading"),
    status: text("status").$type<Status>().notNull(),
    reason: text("reason").notNull(),
    overridden: boolean("overridden").notNull(),
    overdue: boolean("overdue").notNull(),
    overdueReason: text("overdue_reason").notNull(),
    /** the units that report on the item */
    unitIds: uuid("unit_ids").array().notNull(),
    /** every unit the item is assigned to or reported by: a reporter's or a unit filter's scope */
    scopeUnitIds: uuid("scope_unit_ids").array().notNull(),
  },
  (t) => [index("item_statuses_plan_idx").on(t.planId, t.position)],
);

/**
 * One row per unit an item's status counts under, so the dashboard groups by unit and by region without
 * unnesting arrays: `countsForRegion` is set on the item's first unit in each region (an item counts once there).
 */
export const itemStatusUnits = pgTable(
  "item_status_units",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => itemStatuses.itemId, { onDelete: "cascade" }),
    planId: uuid("plan_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    region: text("region").notNull(),
    countsForRegion: boolean("counts_for_region").notNull(),
    status: text("status").$type<Status>().notNull(),
    overdue: boolean("overdue").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.unitId] }), index("item_status_units_plan_idx").on(t.planId)],
);

/** A target's kept status (a stretch target is kept on its commitment's row). */
export const targetStatuses = pgTable(
  "target_statuses",
  {
    targetId: uuid("target_id")
      .primaryKey()
      .references(() => targets.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => itemStatuses.itemId, { onDelete: "cascade" }),
    planId: uuid("plan_id").notNull(),
    position: integer("position").notNull(),
    quote: text("quote").notNull(),
    kind: text("kind").notNull(),
    status: text("status").$type<Status>().notNull(),
    reason: text("reason").notNull(),
    expected: doublePrecision("expected"),
    actual: doublePrecision("actual"),
    period: text("period"),
    stretchTargetId: uuid("stretch_target_id"),
    stretchMet: boolean("stretch_met"),
    overridden: boolean("overridden").notNull(),
  },
  (t) => [index("target_statuses_item_idx").on(t.itemId), index("target_statuses_plan_idx").on(t.planId)],
);
