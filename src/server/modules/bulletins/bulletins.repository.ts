/** Bulletins and the round data a bulletin is drafted from (Drizzle only). */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { bulletins } from "../../db/schema/bulletins.ts";
import { items, plans } from "../../db/schema/plans.ts";
import { reports } from "../../db/schema/reports.ts";
import { roundPlans } from "../../db/schema/rounds.ts";
import { units } from "../../db/schema/units.ts";

export type BulletinRow = typeof bulletins.$inferSelect;

export async function insertBulletin(db: Db, row: typeof bulletins.$inferInsert): Promise<BulletinRow> {
  const [saved] = await db.insert(bulletins).values(row).returning();
  return saved;
}

export async function findBulletin(db: Db, id: string): Promise<BulletinRow | undefined> {
  const [row] = await db.select().from(bulletins).where(eq(bulletins.id, id));
  return row;
}

/** Bulletins newest first, optionally of one round and only published ones. */
export async function listBulletinRows(db: Db, filter: { roundId?: string; publishedOnly: boolean }) {
  const conditions = [
    ...(filter.roundId ? [eq(bulletins.roundId, filter.roundId)] : []),
    ...(filter.publishedOnly ? [eq(bulletins.status, "published")] : []),
  ];
  return db.select().from(bulletins).where(and(...conditions)).orderBy(desc(bulletins.createdAt));
}

/** Writes `changes` if the bulletin still has `version`; undefined when stale. */
export async function updateBulletinIfVersion(db: Db, id: string, version: number, changes: Partial<typeof bulletins.$inferInsert>) {
  const [row] = await db
    .update(bulletins)
    .set({ ...changes, version: sql`${bulletins.version} + 1` })
    .where(and(eq(bulletins.id, id), eq(bulletins.version, version)))
    .returning();
  return row;
}

/** The titles of the plans a round covers. */
export async function planTitlesOfRound(db: Db, roundId: string) {
  return db
    .select({ id: plans.id, title: plans.title })
    .from(roundPlans)
    .innerJoin(plans, eq(plans.id, roundPlans.planId))
    .where(eq(roundPlans.roundId, roundId))
    .orderBy(asc(plans.title));
}

/** The round's reports with their item and unit, for figures and the problems raised. */
export async function reportsOfRound(db: Db, roundId: string) {
  return db
    .select({
      itemId: reports.itemId,
      unitId: reports.unitId,
      unitName: units.name,
      problems: reports.problems,
      firstSubmittedAt: reports.firstSubmittedAt,
      heading: items.heading,
      text: items.text,
      position: items.position,
    })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .innerJoin(items, eq(items.id, reports.itemId))
    .where(eq(reports.roundId, roundId))
    .orderBy(asc(items.position), asc(units.name));
}

/** Names of directory units. */
export async function unitNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
