/** Bulletins (督查通报): a draft per round whose numbers stay live, frozen with its rendered content when published. */
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { BulletinDto } from "../../files/writers/bulletin.dto.ts";
import { idColumn, timestamps, versionColumn } from "./columns.ts";
import { rounds } from "./rounds.ts";
import { users } from "./users.ts";

export const bulletins = pgTable(
  "bulletins",
  {
    id: idColumn(),
    roundId: uuid("round_id").notNull().references(() => rounds.id, { onDelete: "cascade" }),
    /** draft | published */
    status: text("status").notNull().default("draft"),
    title: text("title").notNull(),
    /** issue number such as "第9期"; null when not numbered */
    issueNumber: text("issue_number"),
    issuer: text("issuer").notNull(),
    /** the closing paragraph(s) the supervisor edits */
    closing: text("closing").notNull(),
    /** the exact content as published; null while a draft (a draft is drafted afresh from data on each read) */
    frozen: jsonb("frozen").$type<BulletinDto | null>(),
    /** local date YYYY-MM-DD printed on the bulletin once published */
    publishedOn: text("published_on"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    version: versionColumn(),
    ...timestamps(),
  },
  (t) => [index("bulletins_round_idx").on(t.roundId)],
);
