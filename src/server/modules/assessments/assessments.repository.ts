/** Rule sheets, appeals, and the report record assessment counts (Drizzle only). */
import { and, asc, count, eq, like, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { assessmentAppeals, assessmentRules } from "../../db/schema/assessments.ts";
import { contributions, reportHistory, reports } from "../../db/schema/reports.ts";
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

/** Rounds of the year ("2025" matches periods 2025, 2025-09, 2025-Q3 …), or every round. */
const inYear = (year: string | undefined) => (year ? like(rounds.period, `${year}%`) : undefined);

/** Per report on the plan (in the year's rounds): its unit, its round's deadline and when it was first submitted. */
export async function reportTimeliness(db: Db, planId: string, year?: string) {
  return db
    .select({ unitId: reports.unitId, deadline: rounds.deadline, firstSubmittedAt: reports.firstSubmittedAt })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.planId, planId), inYear(year)));
}

/** Per unit: how many times its reports on the plan (in the year's rounds) were returned. */
export async function returnCounts(db: Db, planId: string, year?: string) {
  return db
    .select({ unitId: reports.unitId, returned: count() })
    .from(reportHistory)
    .innerJoin(reports, eq(reports.id, reportHistory.reportId))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.planId, planId), eq(reportHistory.action, "return"), inYear(year)))
    .groupBy(reports.unitId);
}

/** The (unit, item) pairs on which a support unit gave the lead input (a contribution) in the year's rounds. */
export async function contributionsOfPlan(db: Db, planId: string, year?: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ unitId: contributions.unitId, itemId: reports.itemId })
    .from(contributions)
    .innerJoin(reports, eq(reports.id, contributions.reportId))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.planId, planId), inYear(year)));
  return new Set(rows.map((r) => `${r.unitId}/${r.itemId}`));
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
