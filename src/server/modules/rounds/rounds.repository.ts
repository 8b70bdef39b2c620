/** Rounds, the plans they cover, and the report rows they create (Drizzle only). */
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { assignments, items, plans } from "../../db/schema/plans.ts";
import { reports } from "../../db/schema/reports.ts";
import { roundPlans, rounds } from "../../db/schema/rounds.ts";
import { units } from "../../db/schema/units.ts";
import { chunks } from "../../db/chunks.ts";

export type RoundRow = typeof rounds.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;

/** The plans with these ids: id, title and status. */
export async function findPlansByIds(db: Db, ids: string[]) {
  return db.select({ id: plans.id, title: plans.title, status: plans.status }).from(plans).where(inArray(plans.id, ids));
}

/** Every resolved unit assignment on live items of these plans. */
export async function resolvedAssignments(db: Db, planIds: string[]) {
  return db
    .select({ planId: assignments.planId, itemId: assignments.itemId, unitId: assignments.unitId, role: assignments.role })
    .from(assignments)
    .innerJoin(items, eq(items.id, assignments.itemId))
    .where(and(inArray(assignments.planId, planIds), isNotNull(assignments.unitId), isNull(items.removedAt)));
}

/** Inserts the round and the plans it covers. */
export async function insertRound(db: Db, round: typeof rounds.$inferInsert, planIds: string[]): Promise<RoundRow> {
  const [row] = await db.insert(rounds).values(round).returning();
  await db.insert(roundPlans).values(planIds.map((planId) => ({ roundId: row.id, planId })));
  return row;
}

/** Inserts report rows in batches; a row that exists already (same round, item, unit) is left alone. */
export async function insertReports(db: Db, rows: NewReportRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insert(reports).values(chunk).onConflictDoNothing();
  }
}

/** One round, or undefined. */
export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(rounds).where(eq(rounds.id, id));
  return row;
}

/** Rounds newest first; with `unitIds`, only rounds that ask one of those units. */
export async function listRoundRows(db: Db, unitIds: readonly string[] | null): Promise<RoundRow[]> {
  if (unitIds === null) return db.select().from(rounds).orderBy(desc(rounds.createdAt), desc(rounds.id));
  if (unitIds.length === 0) return [];
  const asked = db.selectDistinct({ id: reports.roundId }).from(reports).where(inArray(reports.unitId, [...unitIds]));
  return db.select().from(rounds).where(inArray(rounds.id, asked)).orderBy(desc(rounds.createdAt), desc(rounds.id));
}

/** The plans each round covers. */
export async function planIdsOfRounds(db: Db, roundIds: string[]): Promise<Map<string, string[]>> {
  const byRound = new Map<string, string[]>();
  if (roundIds.length === 0) return byRound;
  const rows = await db.select().from(roundPlans).where(inArray(roundPlans.roundId, roundIds));
  for (const row of rows) byRound.set(row.roundId, [...(byRound.get(row.roundId) ?? []), row.planId]);
  return byRound;
}

/** How many reports each round asks for and how many have been submitted at least once. */
export async function reportCounts(db: Db, roundIds: string[]): Promise<Map<string, { total: number; submitted: number }>> {
  const counts = new Map<string, { total: number; submitted: number }>();
  if (roundIds.length === 0) return counts;
  const rows = await db
    .select({
      roundId: reports.roundId,
      total: count(),
      submitted: sql<number>`count(${reports.firstSubmittedAt})::int`,
    })
    .from(reports)
    .where(inArray(reports.roundId, roundIds))
    .groupBy(reports.roundId);
  for (const row of rows) counts.set(row.roundId, { total: Number(row.total), submitted: Number(row.submitted) });
  return counts;
}

/** The units that still owe at least one report in the round, with how many. */
export async function owingUnits(db: Db, roundId: string, unitIds: readonly string[] | null = null) {
  if (unitIds?.length === 0) return [];
  return db
    .select({ unitId: reports.unitId, unitName: units.name, itemCount: count() })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.roundId, roundId), isNull(reports.firstSubmittedAt), unitIds ? inArray(reports.unitId, [...unitIds]) : undefined))
    .groupBy(reports.unitId, units.name)
    .orderBy(asc(units.name));
}

/** Marks the round closed. */
export async function closeRoundRow(db: Db, id: string, at: Date): Promise<RoundRow> {
  const [row] = await db
    .update(rounds)
    .set({ status: "closed", closedAt: at, updatedAt: at, version: sql`${rounds.version} + 1` })
    .where(eq(rounds.id, id))
    .returning();
  return row;
}

/** Open rounds, for the reminder sweep. */
export async function openRoundRows(db: Db): Promise<RoundRow[]> {
  return db.select().from(rounds).where(eq(rounds.status, "open"));
}
