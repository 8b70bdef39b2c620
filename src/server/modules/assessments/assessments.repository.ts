/** Rule sheets, appeals, and the report record assessment counts (Drizzle only). */
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { assessmentAppeals, assessmentRules } from "../../db/schema/assessments.ts";
import { reportHistory, reports } from "../../db/schema/reports.ts";
import { rounds } from "../../db/schema/rounds.ts";
import { units } from "../../db/schema/units.ts";

export type AppealRow = typeof assessmentAppeals.$inferSelect;

export async function findRules(db: Db, planId: string) {
  const [row] = await db.select().from(assessmentRules).where(eq(assessmentRules.planId, planId));
  return row;
}

/** Creates the plan's sheet (expected version 0) or replaces it if still at `version`; undefined when stale. */
export async function saveRules(db: Db, planId: string, version: number, row: Omit<typeof assessmentRules.$inferInsert, "planId">) {
  if (version === 0) {
    const [created] = await db.insert(assessmentRules).values({ ...row, planId }).onConflictDoNothing().returning();
    return created;
  }
  const [updated] = await db
    .update(assessmentRules)
    .set({ ...row, version: sql`${assessmentRules.version} + 1` })
    .where(and(eq(assessmentRules.planId, planId), eq(assessmentRules.version, version)))
    .returning();
  return updated;
}

/** Per unit: reports first submitted after their round's deadline, or still missing once it passed. */
export async function reportTimeliness(db: Db, planId: string) {
  return db
    .select({ unitId: reports.unitId, deadline: rounds.deadline, firstSubmittedAt: reports.firstSubmittedAt })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.planId, planId));
}

/** Per unit: how many times its reports on the plan were returned. */
export async function returnCounts(db: Db, planId: string) {
  return db
    .select({ unitId: reports.unitId, returned: count() })
    .from(reportHistory)
    .innerJoin(reports, eq(reports.id, reportHistory.reportId))
    .where(and(eq(reports.planId, planId), eq(reportHistory.action, "return")))
    .groupBy(reports.unitId);
}

export async function unitDirectory(db: Db) {
  return db.select({ id: units.id, name: units.name }).from(units);
}

export async function insertAppeal(db: Db, row: typeof assessmentAppeals.$inferInsert): Promise<AppealRow> {
  const [saved] = await db.insert(assessmentAppeals).values(row).returning();
  return saved;
}

export async function appealsOfPlan(db: Db, planId: string): Promise<AppealRow[]> {
  return db.select().from(assessmentAppeals).where(eq(assessmentAppeals.planId, planId)).orderBy(asc(assessmentAppeals.createdAt));
}

export async function findAppeal(db: Db, planId: string, id: string): Promise<AppealRow | undefined> {
  const [row] = await db.select().from(assessmentAppeals).where(and(eq(assessmentAppeals.planId, planId), eq(assessmentAppeals.id, id)));
  return row;
}

export async function decideAppealIfVersion(db: Db, id: string, version: number, changes: Partial<typeof assessmentAppeals.$inferInsert>) {
  const [row] = await db
    .update(assessmentAppeals)
    .set({ ...changes, version: sql`${assessmentAppeals.version} + 1` })
    .where(and(eq(assessmentAppeals.id, id), eq(assessmentAppeals.version, version)))
    .returning();
  return row;
}
