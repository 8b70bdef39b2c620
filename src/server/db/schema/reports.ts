/** Reports: one per round × item × reporting unit, their submission history, support units' input and attachments. */
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ReportContent, ReportedValue } from "../../../core/domain/reports/report-content.ts";
import { bytea, idColumn, timestamps, versionColumn } from "./columns.ts";
import { items, plans } from "./plans.ts";
import { rounds } from "./rounds.ts";
import { units } from "./units.ts";
import { users } from "./users.ts";

export const reports = pgTable(
  "reports",
  {
    id: idColumn(),
    roundId: uuid("round_id").notNull().references(() => rounds.id, { onDelete: "cascade" }),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").notNull().references(() => items.id, { onDelete: "cascade" }),
    /** the unit that submits: the lead unit, or an owner reporting for itself */
    unitId: uuid("unit_id").notNull().references(() => units.id, { onDelete: "cascade" }),
    /** lead | owners */
    role: text("role").notNull(),
    /** not_started | draft | submitted | returned | accepted */
    status: text("status").notNull().default("not_started"),
    progress: text("progress").notNull().default(""),
    problems: text("problems").notNull().default(""),
    completed: boolean("completed").notNull().default(false),
    values: jsonb("values").$type<ReportedValue[]>().notNull().default([]),
    submissions: integer("submissions").notNull().default(0),
    firstSubmittedAt: timestamp("first_submitted_at", { withTimezone: true, mode: "date" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true, mode: "date" }),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewComment: text("review_comment"),
    version: versionColumn(),
    /** the database's own clock at the last write, so cached statuses know they are stale even under a fixed app clock */
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "date" }).notNull().default(sql`clock_timestamp()`),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("reports_round_item_unit_idx").on(t.roundId, t.itemId, t.unitId),
    index("reports_plan_changed_idx").on(t.planId, t.changedAt),
    index("reports_unit_idx").on(t.unitId),
    index("reports_item_idx").on(t.itemId),
  ],
);

/** Every submission and review of a report, in order. */
export const reportHistory = pgTable(
  "report_history",
  {
    id: idColumn(),
    reportId: uuid("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    /** submit | accept | return */
    action: text("action").notNull(),
    content: jsonb("content").$type<ReportContent | null>(),
    comment: text("comment"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    /** the report's version after this step */
    version: integer("version").notNull(),
  },
  (t) => [index("report_history_report_idx").on(t.reportId, t.at)],
);

/** A support unit's input to the lead unit's report (one per unit, replaced on each save). */
export const contributions = pgTable(
  "contributions",
  {
    id: idColumn(),
    reportId: uuid("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id").notNull().references(() => units.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    values: jsonb("values").$type<ReportedValue[]>().notNull().default([]),
    ...timestamps(),
  },
  (t) => [uniqueIndex("contributions_report_unit_idx").on(t.reportId, t.unitId)],
);

/** A file attached to a report (size- and type-limited at upload). */
export const attachments = pgTable(
  "attachments",
  {
    id: idColumn(),
    reportId: uuid("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    bytes: bytea("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("attachments_report_idx").on(t.reportId)],
);
