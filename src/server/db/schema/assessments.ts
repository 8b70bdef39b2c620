/** Assessment (考核): the rule sheet of a plan, and units' appeals against lines of their score with the decision. */
import { doublePrecision, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RuleSheet } from "../../../core/domain/assessment/rules.ts";
import { idColumn, timestamps, versionColumn } from "./columns.ts";
import { plans } from "./plans.ts";
import { units } from "./units.ts";
import { users } from "./users.ts";

/** One rule sheet per plan; absent means the default sheet. */
export const assessmentRules = pgTable("assessment_rules", {
  planId: uuid("plan_id")
    .primaryKey()
    .references(() => plans.id, { onDelete: "cascade" }),
  rules: jsonb("rules").$type<RuleSheet>().notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  version: versionColumn(),
  ...timestamps(),
});

/** A unit's appeal against one line of its score, with evidence, and the supervisor's decision. */
export const assessmentAppeals = pgTable(
  "assessment_appeals",
  {
    id: idColumn(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id").notNull().references(() => units.id, { onDelete: "cascade" }),
    /** the score line appealed: "item:<id>", "late", "returned", "veto:<id>" */
    lineId: text("line_id").notNull(),
    reason: text("reason").notNull(),
    /** what the unit offers as proof: a document number, a figure's source, a link */
    evidence: text("evidence").notNull(),
    /** pending | upheld | rejected */
    status: text("status").notNull().default("pending"),
    /** when upheld: the line's corrected quantity (attainment 0…1, a count, or 0 to lift a veto) */
    value: doublePrecision("value"),
    decisionNote: text("decision_note"),
    filedBy: uuid("filed_by").references(() => users.id, { onDelete: "set null" }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("assessment_appeals_plan_idx").on(t.planId, t.unitId)],
);
