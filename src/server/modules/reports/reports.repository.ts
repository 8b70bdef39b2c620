/** Reports, their history, contributions and attachments (Drizzle only). */
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { ReportContent } from "../../../core/domain/reports/report-content.ts";
import type { Db } from "../../db/client.ts";
import { assignments, items, plans, targets } from "../../db/schema/plans.ts";
import { attachments, contributions, reportHistory, reports } from "../../db/schema/reports.ts";
import { rounds } from "../../db/schema/rounds.ts";
import { units } from "../../db/schema/units.ts";

export type ReportRow = typeof reports.$inferSelect;
export type RoundRow = typeof rounds.$inferSelect;

/** A report with its unit's name and its round. */
export async function findReport(db: Db, id: string) {
  const [row] = await db
    .select({ report: reports, unitName: units.name, round: rounds })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.id, id));
  return row;
}

/** The item a report is about. */
export async function findItem(db: Db, id: string) {
  const [row] = await db.select().from(items).where(eq(items.id, id));
  return row;
}

/** The live targets of an item, in document order. */
export async function targetsOfItem(db: Db, itemId: string) {
  return db
    .select()
    .from(targets)
    .where(and(eq(targets.itemId, itemId), sql`${targets.removedAt} is null`))
    .orderBy(asc(targets.position));
}

/** The directory units assigned to an item as support (配合). */
export async function supportUnitIds(db: Db, itemId: string): Promise<string[]> {
  const rows = await db
    .select({ unitId: assignments.unitId })
    .from(assignments)
    .where(and(eq(assignments.itemId, itemId), eq(assignments.role, "support"), isNotNull(assignments.unitId)));
  return rows.flatMap((r) => (r.unitId ? [r.unitId] : []));
}

/** The unit's submitted reports on the item in other rounds, with each round's period. */
export async function otherSubmittedReports(db: Db, report: ReportRow) {
  return db
    .select({ report: reports, period: rounds.period })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(
      and(
        eq(reports.itemId, report.itemId),
        eq(reports.unitId, report.unitId),
        ne(reports.id, report.id),
        isNotNull(reports.firstSubmittedAt),
      ),
    );
}

/** Writes `changes` if the report still has `version`; returns the new row, or undefined when the version was stale. */
export async function updateReportIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: Partial<typeof reports.$inferInsert>,
): Promise<ReportRow | undefined> {
  const [row] = await db
    .update(reports)
    .set({ ...changes, version: sql`${reports.version} + 1`, changedAt: sql`clock_timestamp()` })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return row;
}

/** Appends a step to a report's history. */
export async function appendHistory(
  db: Db,
  entry: { reportId: string; action: string; content: ReportContent | null; comment: string | null; actorId: string; at: Date; version: number },
): Promise<void> {
  await db.insert(reportHistory).values(entry);
}

/** A report's history, oldest first. */
export async function historyOf(db: Db, reportId: string) {
  return db.select().from(reportHistory).where(eq(reportHistory.reportId, reportId)).orderBy(asc(reportHistory.at), asc(reportHistory.version));
}

/** The last two submissions of each of the given reports, newest first. */
export async function recentSubmissions(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return new Map<string, ReportContent[]>();
  const rows = await db
    .select({ reportId: reportHistory.reportId, content: reportHistory.content })
    .from(reportHistory)
    .where(and(inArray(reportHistory.reportId, reportIds), eq(reportHistory.action, "submit")))
    .orderBy(desc(reportHistory.version));
  const byReport = new Map<string, ReportContent[]>();
  for (const row of rows) {
    const list = byReport.get(row.reportId) ?? [];
    if (list.length < 2 && row.content) list.push(row.content);
    byReport.set(row.reportId, list);
  }
  return byReport;
}

/** Support units' contributions to a report. */
export async function contributionsOf(db: Db, reportId: string) {
  return db
    .select({ contribution: contributions, unitName: units.name })
    .from(contributions)
    .innerJoin(units, eq(units.id, contributions.unitId))
    .where(eq(contributions.reportId, reportId))
    .orderBy(asc(units.name));
}

/** Saves a support unit's contribution, replacing its previous one. */
export async function upsertContribution(db: Db, row: typeof contributions.$inferInsert) {
  const [saved] = await db
    .insert(contributions)
    .values(row)
    .onConflictDoUpdate({
      target: [contributions.reportId, contributions.unitId],
      set: { text: row.text, values: row.values, authorId: row.authorId, updatedAt: row.updatedAt },
    })
    .returning();
  return saved;
}

/** A report's attachments without their bytes. */
export async function attachmentsOf(db: Db, reportId: string) {
  return db
    .select({ id: attachments.id, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size })
    .from(attachments)
    .where(eq(attachments.reportId, reportId))
    .orderBy(asc(attachments.createdAt));
}

/** Stores an attachment. */
export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert) {
  const [saved] = await db
    .insert(attachments)
    .values(row)
    .returning({ id: attachments.id, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size });
  return saved;
}

/** One attachment with its bytes. */
export async function findAttachment(db: Db, reportId: string, id: string) {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.reportId, reportId), eq(attachments.id, id)));
  return row;
}

const inboxColumns = {
  roundId: rounds.id,
  period: rounds.period,
  deadline: rounds.deadline,
  planId: plans.id,
  planTitle: plans.title,
  itemId: items.id,
  path: items.path,
  heading: items.heading,
  reportId: reports.id,
  reportStatus: reports.status,
  firstSubmittedAt: reports.firstSubmittedAt,
};

/** Reports in open rounds that these units submit. */
export async function reportsOwnedBy(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ ...inboxColumns, role: reports.role, unitId: reports.unitId })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(items, eq(items.id, reports.itemId))
    .innerJoin(plans, eq(plans.id, reports.planId))
    .where(and(inArray(reports.unitId, unitIds), eq(rounds.status, "open")));
}

/** Reports in open rounds that these units support (配合) with contributions. */
export async function reportsSupportedBy(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ ...inboxColumns, unitId: assignments.unitId })
    .from(assignments)
    .innerJoin(reports, and(eq(reports.itemId, assignments.itemId), eq(reports.role, "lead")))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(items, eq(items.id, reports.itemId))
    .innerJoin(plans, eq(plans.id, reports.planId))
    .where(and(inArray(assignments.unitId, unitIds), eq(assignments.role, "support"), eq(rounds.status, "open")));
}

/** Submitted reports waiting for review, oldest submission first. */
export async function reportsAwaitingReview(db: Db) {
  return db
    .select({ report: reports, unitName: units.name, period: rounds.period, heading: items.heading })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(items, eq(items.id, reports.itemId))
    .where(eq(reports.status, "submitted"))
    .orderBy(asc(reports.submittedAt));
}
