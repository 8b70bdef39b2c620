/** Cached status of every item of a plan, recomputed when its freshness key (data versions and the day) changes. */
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { plans } from "./plans.ts";

export const statusSnapshots = pgTable("status_snapshots", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  /** what the items were computed from: plan version, last report change, overrides, settings, the day */
  key: text("key").notNull(),
  /** the plan's ItemStatus list as the status API returns it */
  items: jsonb("items").notNull(),
  /** the plan's dashboard figures (PlanSummary), so the dashboard never reads every item */
  summary: jsonb("summary").notNull().default({}),
  computedAt: timestamp("computed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
