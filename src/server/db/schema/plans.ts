/** Plans and their parts: versions (one per imported document), items, unit assignments and targets. */
import {
  type AnyPgColumn,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Milestone } from "../../../core/domain/status/trajectory.ts";
import type { ItemCell, Meta, Span, TimeMention } from "../../../core/extract/types.ts";
import { idColumn, timestamps, versionColumn } from "./columns.ts";
import { documents } from "./documents.ts";
import { units } from "./units.ts";
import { users } from "./users.ts";

export const plans = pgTable("plans", {
  id: idColumn(),
  title: text("title").notNull(),
  status: text("status").notNull().default("draft"),
  /** how many documents have been imported into this plan (1 after the first import) */
  revision: integer("revision").notNull().default(1),
  documentId: uuid("document_id").notNull().references(() => documents.id),
  meta: jsonb("meta").$type<Meta>().notNull(),
  warnings: jsonb("warnings").$type<string[]>().notNull().default([]),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  version: versionColumn(),
  ...timestamps(),
});

/** One row per imported document of a plan, with a snapshot of its items for diffs between revisions. */
export const planRevisions = pgTable(
  "plan_revisions",
  {
    id: idColumn(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    documentId: uuid("document_id").notNull().references(() => documents.id),
    snapshot: jsonb("snapshot").$type<ItemSnapshot[]>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("plan_revisions_plan_revision_idx").on(t.planId, t.revision)],
);

/** What an item looked like in one revision: enough to say what was added, removed or changed. */
export interface ItemSnapshot {
  key: string;
  path: string[];
  kind: string;
  heading: string | null;
  text: string;
  units: string[];
  targets: string[];
}

export const items = pgTable(
  "items",
  {
    id: idColumn(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    /** the extractor's stable id ("一/(一)/1"), used to match items across revisions */
    key: text("key").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => items.id, { onDelete: "set null" }),
    path: jsonb("path").$type<string[]>().notNull(),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    heading: text("heading"),
    anchor: text("anchor").notNull(),
    text: text("text").notNull(),
    span: jsonb("span").$type<Span | null>(),
    headingSpan: jsonb("heading_span").$type<Span | null>(),
    when: jsonb("when").$type<string[]>().notNull().default([]),
    times: jsonb("times").$type<TimeMention[]>().notNull().default([]),
    /** a table row's cells as the extractor read them, for highlighting in the source */
    cells: jsonb("cells").$type<ItemCell[]>().notNull().default([]),
    /** set when a later revision no longer has the item; kept so reports on it stay readable */
    removedAt: timestamp("removed_at", { withTimezone: true, mode: "date" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("items_plan_idx").on(t.planId), index("items_plan_key_idx").on(t.planId, t.key)],
);

/** An item × unit × role: the unit as named in the document, and the directory unit once resolved. */
export const assignments = pgTable(
  "assignments",
  {
    id: idColumn(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").notNull().references(() => items.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    name: text("name").notNull(),
    unitId: uuid("unit_id").references(() => units.id, { onDelete: "set null" }),
    span: jsonb("span").$type<Span | null>(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("assignments_item_idx").on(t.itemId),
    index("assignments_plan_idx").on(t.planId),
    index("assignments_unit_idx").on(t.unitId),
  ],
);

export const targets = pgTable(
  "targets",
  {
    id: idColumn(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").notNull().references(() => items.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    quote: text("quote").notNull(),
    metric: text("metric"),
    scope: text("scope"),
    value: doublePrecision("value").notNull(),
    unit: text("unit"),
    cmp: text("cmp").notNull(),
    change: text("change"),
    aspirational: boolean("aspirational").notNull().default(false),
    baseline: doublePrecision("baseline"),
    /** local date YYYY-MM-DD (Asia/Shanghai) */
    deadline: text("deadline"),
    /** values due before the deadline, dates strictly increasing; empty means a straight line */
    milestones: jsonb("milestones").$type<Milestone[]>().notNull().default([]),
    kind: text("kind").notNull(),
    span: jsonb("span").$type<Span | null>(),
    valueSpan: jsonb("value_span").$type<Span | null>(),
    metricSpan: jsonb("metric_span").$type<Span | null>(),
    removedAt: timestamp("removed_at", { withTimezone: true, mode: "date" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("targets_item_idx").on(t.itemId), index("targets_plan_idx").on(t.planId)],
);
