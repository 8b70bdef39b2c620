/**
 * The kept statuses in SQL: locking what a keep reads, replacing a plan's (or some items') rows, marking plans
 * stale, and the one read path of every status view (kept items and targets, and the dashboard's GROUP BYs).
 */
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { plans } from "../../db/schema/plans.ts";
import { itemStatuses, itemStatusUnits, planStatuses, targetStatuses } from "../../db/schema/statuses.ts";
import { units } from "../../db/schema/units.ts";
import { chunks } from "../../db/chunks.ts";

/** A plan's (or some items') kept rows, as the keeper computes them. */
export interface KeptRows {
  items: (typeof itemStatuses.$inferInsert)[];
  units: (typeof itemStatusUnits.$inferInsert)[];
  targets: (typeof targetStatuses.$inferInsert)[];
}

/**
 * Takes the plans' keeping locks (transaction-scoped advisory locks, in id order so two writers cannot deadlock):
 * two writes that keep statuses of one plan do so one after the other, and the second reads what the first
 * committed. Advisory locks are held in memory, so a deadline rush writes no lock rows.
 */
export async function lockKeeping(tx: Db, planIds: readonly string[]): Promise<void> {
  for (const planId of [...new Set(planIds)].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kept:${planId}`}, 0))`);
}

/** Replaces the kept rows of a plan, or only of some of its items. */
export async function replaceKept(tx: Db, planId: string, itemIds: readonly string[] | null, rows: KeptRows) {
  if (itemIds?.length === 0) return;
  // their target and unit rows go with them (on delete cascade)
  await tx.delete(itemStatuses).where(and(eq(itemStatuses.planId, planId), itemIds ? inArray(itemStatuses.itemId, [...itemIds]) : undefined));
  for (const chunk of chunks(rows.items)) await tx.insert(itemStatuses).values(chunk);
  for (const chunk of chunks(rows.units)) await tx.insert(itemStatusUnits).values(chunk);
  for (const chunk of chunks(rows.targets)) await tx.insert(targetStatuses).values(chunk);
}

/** Records the day and tolerance a plan's rows were kept for. */
export async function markPlanKept(tx: Db, planId: string, computedOn: string, tolerance: number): Promise<void> {
  await tx
    .insert(planStatuses)
    .values({ planId, computedOn, tolerance })
    .onConflictDoUpdate({ target: planStatuses.planId, set: { computedOn, tolerance } });
}

/** Marks every plan's kept rows stale (a unit's name, kind or parent changed: reasons and regions with it). */
export async function markAllStale(tx: Db): Promise<void> {
  await tx.update(planStatuses).set({ computedOn: null });
}

/**
 * The published plans (all, or those among the ids), oldest first, each with whether its kept rows are stale:
 * never kept, kept on another day or with another tolerance.
 */
export async function publishedWithFreshness(db: Db, today: string, tolerance: number, planIds?: readonly string[]) {
  if (planIds?.length === 0) return [];
  const rows = await db
    .select({
      id: plans.id,
      title: plans.title,
      meta: plans.meta,
      publishedAt: plans.publishedAt,
      createdAt: plans.createdAt,
      stale: sql<boolean>`(${planStatuses.planId} is null or ${planStatuses.computedOn} is distinct from ${today} or ${planStatuses.tolerance} <> ${tolerance})`,
    })
    .from(plans)
    .leftJoin(planStatuses, eq(planStatuses.planId, plans.id))
    .where(and(eq(plans.status, "published"), planIds ? inArray(plans.id, [...planIds]) : undefined))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  return rows.map((r) => ({ ...r, stale: Boolean(r.stale) }));
}

/**
 * Which kept items a view reads: these plans (null: every published plan, the only ones kept), and items every
 * one of the unit sets is assigned to or reports on.
 */
export interface KeptScope {
  planIds: readonly string[] | null;
  unitSets: readonly (readonly string[])[];
}

function scopeWhere(scope: KeptScope): SQL | undefined {
  const unitConditions = scope.unitSets.map((set) =>
    set.length ? sql`${itemStatuses.scopeUnitIds} && array[${sql.join(set.map((id) => sql`${id}::uuid`), sql`, `)}]` : sql`false`,
  );
  return and(scope.planIds ? inArray(itemStatuses.planId, [...scope.planIds]) : undefined, ...unitConditions);
}

/** The same scope on the unit rows: by plan alone, or through the scoped items. */
function unitRowsWhere(db: Db, scope: KeptScope): SQL | undefined {
  if (scope.unitSets.length) return inArray(itemStatusUnits.itemId, db.select({ id: itemStatuses.itemId }).from(itemStatuses).where(scopeWhere(scope)));
  return scope.planIds ? inArray(itemStatusUnits.planId, [...scope.planIds]) : undefined;
}

const isEmpty = (scope: KeptScope) => scope.planIds?.length === 0;

/** The kept items in scope, by plan and position, and their kept targets in order. */
export async function keptItems(db: Db, scope: KeptScope) {
  if (isEmpty(scope)) return { items: [], targets: [] };
  const where = scopeWhere(scope);
  const [itemRows, targetRows] = await Promise.all([
    db.select().from(itemStatuses).where(where).orderBy(asc(itemStatuses.planId), asc(itemStatuses.position)),
    db
      .select({ target: targetStatuses })
      .from(targetStatuses)
      .innerJoin(itemStatuses, eq(itemStatuses.itemId, targetStatuses.itemId))
      .where(where)
      .orderBy(asc(targetStatuses.itemId), asc(targetStatuses.position)),
  ]);
  return { items: itemRows, targets: targetRows.map((r) => r.target) };
}

const counts = <S extends typeof itemStatuses | typeof itemStatusUnits>(table: S) => ({
  status: table.status,
  n: sql<number>`count(*)::int`,
  overdue: sql<number>`(count(*) filter (where ${table.overdue}))::int`,
});

/** The dashboard's groups from the kept rows in scope: counts by plan and section, by unit, by region, and the lists. */
export async function keptFigures(db: Db, scope: KeptScope, limit: number) {
  if (isEmpty(scope)) return { bySection: [], byUnit: [], byRegion: [], overdue: [], lagging: [] };
  const where = scopeWhere(scope);
  const unitsWhere = unitRowsWhere(db, scope);
  const listed = { itemId: itemStatuses.itemId, planId: itemStatuses.planId, path: itemStatuses.path, heading: itemStatuses.heading, status: itemStatuses.status };
  const [bySection, byUnit, byRegion, overdue, lagging] = await Promise.all([
    db
      .select({ planId: itemStatuses.planId, section: itemStatuses.section, first: sql<number>`min(${itemStatuses.position})::int`, ...counts(itemStatuses) })
      .from(itemStatuses)
      .where(where)
      .groupBy(itemStatuses.planId, itemStatuses.section, itemStatuses.status),
    db
      .select({ unitId: itemStatusUnits.unitId, name: sql<string>`coalesce(max(${units.name}), '')`, ...counts(itemStatusUnits) })
      .from(itemStatusUnits)
      .leftJoin(units, eq(units.id, itemStatusUnits.unitId))
      .where(unitsWhere)
      .groupBy(itemStatusUnits.unitId, itemStatusUnits.status),
    db
      .select({ region: itemStatusUnits.region, ...counts(itemStatusUnits) })
      .from(itemStatusUnits)
      .where(and(unitsWhere, eq(itemStatusUnits.countsForRegion, true)))
      .groupBy(itemStatusUnits.region, itemStatusUnits.status),
    db
      .select({ ...listed, reason: itemStatuses.overdueReason })
      .from(itemStatuses)
      .where(and(where, eq(itemStatuses.overdue, true)))
      .orderBy(asc(itemStatuses.planId), asc(itemStatuses.position))
      .limit(limit),
    db
      .select({ ...listed, reason: itemStatuses.reason })
      .from(itemStatuses)
      .where(and(where, or(eq(itemStatuses.status, "red"), eq(itemStatuses.status, "amber"))))
      .orderBy(sql`${itemStatuses.status} = 'red' desc`, asc(itemStatuses.planId), asc(itemStatuses.position))
      .limit(limit),
  ]);
  return { bySection, byUnit, byRegion, overdue, lagging };
}
