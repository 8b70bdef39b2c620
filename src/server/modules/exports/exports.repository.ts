/** What exports and workbook imports read (Drizzle only). */
import { and, asc, eq, inArray, isNotNull, isNull, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { assignments, items, plans, targets } from "../../db/schema/plans.ts";
import { contributions, reports } from "../../db/schema/reports.ts";
import { rounds } from "../../db/schema/rounds.ts";
import { units } from "../../db/schema/units.ts";

/** The reports a unit submits in a round, with item and plan, in plan and outline order. */
export async function unitReportsOfRound(db: Db, roundId: string, unitId: string) {
  return db
    .select({ report: reports, item: items, planTitle: plans.title })
    .from(reports)
    .innerJoin(items, eq(items.id, reports.itemId))
    .innerJoin(plans, eq(plans.id, reports.planId))
    .where(and(eq(reports.roundId, roundId), eq(reports.unitId, unitId)))
    .orderBy(asc(plans.title), asc(items.position));
}

/** The lead units' reports in a round on items the unit supports (配合), with the unit's contribution so far. */
export async function supportedReportsOfRound(db: Db, roundId: string, unitId: string) {
  const rows = await db
    .select({ report: reports, item: items, planTitle: plans.title, contribution: contributions })
    .from(reports)
    .innerJoin(items, eq(items.id, reports.itemId))
    .innerJoin(plans, eq(plans.id, reports.planId))
    .innerJoin(assignments, and(eq(assignments.itemId, reports.itemId), eq(assignments.role, "support"), eq(assignments.unitId, unitId)))
    .leftJoin(contributions, and(eq(contributions.reportId, reports.id), eq(contributions.unitId, unitId)))
    .where(and(eq(reports.roundId, roundId), eq(reports.role, "lead")))
    .orderBy(asc(plans.title), asc(items.position));
  return rows.filter((row, i) => rows.findIndex((r) => r.report.id === row.report.id) === i);
}

/** Live targets of the items, in document order. */
export async function targetsOfItems(db: Db, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(targets)
    .where(and(inArray(targets.itemId, itemIds), isNull(targets.removedAt)))
    .orderBy(asc(targets.itemId), asc(targets.position));
}

/** The unit's submitted reports on these items in other rounds, with each round's period. */
export async function earlierUnitReports(db: Db, roundId: string, unitId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({ itemId: reports.itemId, values: reports.values, period: rounds.period })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(eq(reports.unitId, unitId), inArray(reports.itemId, itemIds), ne(reports.roundId, roundId), isNotNull(reports.firstSubmittedAt)));
}

/** A unit's name, or undefined. */
export async function unitName(db: Db, unitId: string): Promise<string | undefined> {
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, unitId));
  return row?.name;
}

/** The resolved assignments of a plan's items with unit names, for the 责任单位 column. */
export async function planAssignments(db: Db, planId: string) {
  return db
    .select({ itemId: assignments.itemId, role: assignments.role, name: assignments.name, unitId: assignments.unitId, position: assignments.position })
    .from(assignments)
    .where(eq(assignments.planId, planId))
    .orderBy(asc(assignments.position));
}

/** Every live item of a plan in outline order. */
export async function planItems(db: Db, planId: string) {
  return db.select().from(items).where(and(eq(items.planId, planId), isNull(items.removedAt))).orderBy(asc(items.position));
}

/** The submitted reports on a plan's items with round period and unit name, for the progress column. */
export async function submittedReportsOfPlan(db: Db, planId: string) {
  return db
    .select({ itemId: reports.itemId, unitName: units.name, progress: reports.progress, period: rounds.period })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .where(and(eq(reports.planId, planId), isNotNull(reports.firstSubmittedAt)));
}
