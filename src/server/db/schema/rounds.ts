/** Reporting rounds (报送轮次): a period and a deadline for one or more published plans. */
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, timestamps, versionColumn } from "./columns.ts";
import { plans } from "./plans.ts";
import { users } from "./users.ts";

export const rounds = pgTable(
  "rounds",
  {
    id: idColumn(),
    /** monthly | quarterly | adhoc */
    kind: text("kind").notNull(),
    /** "2025-09", "2025-Q3" or an ad hoc date */
    period: text("period").notNull(),
    /** local date YYYY-MM-DD */
    deadline: text("deadline").notNull(),
    /** open | closed */
    status: text("status").notNull().default("open"),
    openedBy: uuid("opened_by").references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("rounds_period_idx").on(t.period)],
);

/** The plans a round asks about. */
export const roundPlans = pgTable(
  "round_plans",
  {
    roundId: uuid("round_id").notNull().references(() => rounds.id, { onDelete: "cascade" }),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.planId] })],
);
