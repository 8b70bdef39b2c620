/** The in-app inbox, people's e-mail addresses, and the reminder log that makes each reminder go out once. */
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn } from "./columns.ts";
import { users } from "./users.ts";

export const notifications = pgTable(
  "notifications",
  {
    id: idColumn(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** reminder_before | reminder_overdue | escalation | report_returned | ... */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** a path in the web app, e.g. /rounds/<id> */
    link: text("link"),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

/** Where to e-mail a user (kept apart from the account so the backbone's users table stays as it is). */
export const userContacts = pgTable("user_contacts", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
});

/** One row per reminder sent; the unique key (round:unit:kind) is what makes it exactly once. */
export const reminderLog = pgTable("reminder_log", {
  key: text("key").primaryKey(),
  roundId: uuid("round_id").notNull(),
  unitId: uuid("unit_id").notNull(),
  kind: text("kind").notNull(),
  sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }).notNull(),
});
