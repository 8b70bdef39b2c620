/** Users and their units (Drizzle only). */
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { userUnits, users } from "../../db/schema/users.ts";

export type UserRow = typeof users.$inferSelect;

/** A user by username, or undefined. */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row;
}

/** A user by id, or undefined; `forUpdate` locks the row until the transaction ends (before a versioned write). */
export async function findUserById(db: Db, id: string, forUpdate = false): Promise<UserRow | undefined> {
  const query = db.select().from(users).where(eq(users.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

/** Every user, by username. */
export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.username));
}

/** The unit ids of each given user. */
export async function unitIdsByUser(db: Db, userIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return result;
  const rows = await db.select().from(userUnits).where(inArray(userUnits.userId, userIds));
  for (const row of rows) result.get(row.userId)?.push(row.unitId);
  return result;
}

/** Inserts a user and returns it. */
export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  return inserted;
}

/** Writes the given columns of a user and returns it. */
export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [updated] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return updated;
}

/** Replaces the units a user answers for. */
export async function replaceUserUnits(db: Db, userId: string, unitIds: string[]): Promise<void> {
  await db.delete(userUnits).where(eq(userUnits.userId, userId));
  if (unitIds.length) await db.insert(userUnits).values(unitIds.map((unitId) => ({ userId, unitId })));
}
