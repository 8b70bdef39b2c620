/** Imported source documents: the original bytes, the decoded text the spans point into, and a digest. */
import { integer, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea, idColumn } from "./columns.ts";
import { users } from "./users.ts";

export const documents = pgTable(
  "documents",
  {
    id: idColumn(),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    bytes: bytea("bytes").notNull(),
    text: text("text").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("documents_sha256_idx").on(t.sha256)],
);
