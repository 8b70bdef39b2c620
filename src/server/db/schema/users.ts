/** People who sign in, the units a reporter answers for, and their sessions. */
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn, timestamps, versionColumn } from "./columns.ts";
import { units } from "./units.ts";

export const users = pgTable("users", {
  id: idColumn(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  role: text("role").notNull(),
  /** scrypt$N$r$p$salt$hash, see modules/auth/password.ts */
  passwordHash: text("password_hash").notNull(),
  active: boolean("active").notNull().default(true),
  version: versionColumn(),
  ...timestamps(),
});

/** The units a user answers for (a reporter has one or more). */
export const userUnits = pgTable(
  "user_units",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    unitId: uuid("unit_id").notNull().references(() => units.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] }), index("user_units_unit_idx").on(t.unitId)],
);

/** A signed-in session; the cookie holds a random token, the table only its sha256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Failed logins per client address in the current window. Kept in the database, not in memory, so that every
 * instance behind one database counts the same tries; successful logins are not counted.
 */
export const loginFailures = pgTable("login_failures", {
  clientKey: text("client_key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "date" }).notNull(),
  failures: integer("failures").notNull(),
});
