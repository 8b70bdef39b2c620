/** The inbox, contacts and reminder log (Drizzle only). */
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { notifications, reminderLog, userContacts } from "../../db/schema/notifications.ts";
import { userUnits, users } from "../../db/schema/users.ts";

/** A person a message goes to. */
export interface Recipient {
  userId: string;
  displayName: string;
  email: string | null;
}

/** Active users of a role, optionally only those belonging to one of `unitIds`, with their e-mail. */
export async function recipients(db: Db, filter: { roles: string[]; unitIds?: string[] }): Promise<Recipient[]> {
  const base = db
    .selectDistinct({ userId: users.id, displayName: users.displayName, email: userContacts.email })
    .from(users)
    .leftJoin(userContacts, eq(userContacts.userId, users.id));
  if (!filter.unitIds) return base.where(and(eq(users.active, true), inArray(users.role, filter.roles)));
  if (filter.unitIds.length === 0) return [];
  return base
    .innerJoin(userUnits, eq(userUnits.userId, users.id))
    .where(and(eq(users.active, true), inArray(users.role, filter.roles), inArray(userUnits.unitId, filter.unitIds)));
}

/** Puts messages in people's inboxes. */
export async function insertNotifications(db: Db, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  if (rows.length) await db.insert(notifications).values(rows);
}

/** A user's inbox, newest first. */
export async function inboxOf(db: Db, userId: string, limit: number) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.createdAt)).limit(limit);
}

/** Marks one of the user's messages read; false when it is not theirs or does not exist. */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (rows.length) return true;
  const [exists] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return Boolean(exists);
}

/** Sets or replaces a user's e-mail address. */
export async function setEmail(db: Db, userId: string, email: string): Promise<void> {
  await db.insert(userContacts).values({ userId, email }).onConflictDoUpdate({ target: userContacts.userId, set: { email } });
}

/** Claims a reminder key; true only for the first claim, so each reminder goes out once. */
export async function claimReminder(db: Db, entry: typeof reminderLog.$inferInsert): Promise<boolean> {
  const rows = await db.insert(reminderLog).values(entry).onConflictDoNothing().returning({ key: reminderLog.key });
  return rows.length === 1;
}

/** How often each unit of a round was reminded (by the sweep or by hand; escalations go to supervisors and are left out), and when last. */
export async function remindersOfRound(db: Db, roundId: string): Promise<Map<string, { count: number; lastAt: Date }>> {
  const rows = await db
    .select({ unitId: reminderLog.unitId, count: sql<number>`count(*)::int`, lastAt: sql<Date>`max(${reminderLog.sentAt})` })
    .from(reminderLog)
    .where(and(eq(reminderLog.roundId, roundId), ne(reminderLog.kind, "escalation")))
    .groupBy(reminderLog.unitId);
  return new Map(rows.map((r) => [r.unitId, { count: Number(r.count), lastAt: new Date(r.lastAt) }]));
}
