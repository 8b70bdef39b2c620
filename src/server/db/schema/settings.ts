/** Deployment settings (tolerance, reminders, e-mail, webhook) and supervisors' status overrides. */
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn } from "./columns.ts";
import { items, targets } from "./plans.ts";
import { users } from "./users.ts";

/** One row per settings section (e.g. "reporting"), its value as JSON. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** A supervisor's override of a computed status; the newest one for an item or target is in force. */
export const statusOverrides = pgTable(
  "status_overrides",
  {
    id: idColumn(),
    itemId: uuid("item_id").references(() => items.id, { onDelete: "cascade" }),
    targetId: uuid("target_id").references(() => targets.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    reason: text("reason").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("status_overrides_item_idx").on(t.itemId), index("status_overrides_target_idx").on(t.targetId)],
);
