/**
 * The kept statuses in SQL: locking what a keep reads, replacing a plan's (or some items') rows, marking plans
 * stale, and the one read path of every status view (kept items and targets, and the dashboard's GROUP BYs).
 */
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { items, plans } from "../../db/schema/plans.ts";
import { itemStatuses, planStatuses, targetStatuses } from "../../db/schema/statuses.ts";
import { units } from "../../db/schema/units.ts";

export type KeptItemRow = typeof itemStatuses.$inferInsert;
export type KeptTargetRow = typeof targetStatuses.$inferInsert;

/** Rows per insert statement: an item row has 14 columns, and PostgreSQL takes at most 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/**
 * Locks the plan row while its statuses are kept: "update" for a whole-plan keep (one at a time per plan),
 * "share" for an item keep (many at once, but never beside a whole-plan keep). Returns whether it is published.
 */
export async function lockPlan(tx: Db, planId: string, mode: "update" | "share"): Promise<boolean> {
  const [row] = await tx.select({ status: plans.status }).from(plans).where(eq(plans.id, planId)).for(mode);
  return row?.status === "published";
}

/** Locks the items in id order, so two writes on one item keep it one after the other (no lost update). */
export async function lockItems(tx: Db, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await tx.select({ id: items.id }).from(items).where(inArray(items.id, [...itemIds])).orderBy(asc(items.id)).for("update");
}

/** Replaces the kept rows of a plan, or only of some of its items. */
export async function replaceKept(tx: Db, planId: string, itemIds: readonly string[] | null, rows: { items: KeptItemRow[]; targets: KeptTargetRow[] }) {
  const onlyItems = <C extends typeof targetStatuses.itemId | typeof itemStatuses.itemId>(column: C) => (itemIds ? inArray(column, [...itemIds]) : undefined);
  if (itemIds?.length === 0) return;
  await tx.delete(targetStatuses).where(and(eq(targetStatuses.planId, planId), onlyItems(targetStatuses.itemId)));
  await tx.delete(itemStatuses).where(and(eq(itemStatuses.planId, planId), onlyItems(itemStatuses.itemId)));
  for (let i = 0; i < rows.items.length; i += ROWS_PER_INSERT) await tx.insert(itemStatuses).values(rows.items.slice(i, i + ROWS_PER_INSERT));
  for (let i = 0; i < rows.targets.length; i += ROWS_PER_INSERT) await tx.insert(targetStatuses).values(rows.targets.slice(i, i + ROWS_PER_INSERT));
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

/** Which kept items a view reads: these plans, and items every one of the unit sets is assigned to or reports on. */
export interface KeptScope {
  planIds: readonly string[];
  unitSets: readonly (readonly string[])[];
}

function scopeWhere(scope: KeptScope): SQL | undefined {
  const unitConditions = scope.unitSets.map((set) =>
    set.length ? sql`${itemStatuses.scopeUnitIds} && array[${sql.join(set.map((id) => sql`${id}::uuid`), sql`, `)}]` : sql`false`,
  );
  return and(inArray(itemStatuses.planId, [...scope.planIds]), ...unitConditions);
}

/** The kept items in scope, by plan and position, and their kept targets in order. */
export async function keptItems(db: Db, scope: KeptScope) {
  if (scope.planIds.length === 0) return { items: [], targets: [] };
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

const countsOf = { status: itemStatuses.status, n: sql<number>`count(*)::int`, overdue: sql<number>`(count(*) filter (where ${itemStatuses.overdue}))::int` };

/** The dashboard's figures from the kept items in scope: counts by plan and section, by unit, by region, and the lists. */
export async function keptFigures(db: Db, scope: KeptScope, limit: number) {
  if (scope.planIds.length === 0) return { bySection: [], byUnit: [], byRegion: [], overdue: [], lagging: [] };
  const where = scopeWhere(scope);
  const unit = sql<string>`u.unit_id`;
  const region = sql<string>`r.region`;
  const listed = {
    itemId: itemStatuses.itemId,
    planId: itemStatuses.planId,
    path: itemStatuses.path,
    heading: itemStatuses.heading,
    status: itemStatuses.status,
  };
  const [bySection, byUnit, byRegion, overdue, lagging] = await Promise.all([
    db
      .select({ planId: itemStatuses.planId, section: itemStatuses.section, first: sql<number>`min(${itemStatuses.position})::int`, ...countsOf })
      .from(itemStatuses)
      .where(where)
      .groupBy(itemStatuses.planId, itemStatuses.section, itemStatuses.status),
    db
      .select({ unitId: unit, name: sql<string>`coalesce(max(${units.name}), '')`, ...countsOf })
      .from(itemStatuses)
      .innerJoin(sql`lateral unnest(${itemStatuses.unitIds}) as u(unit_id)`, sql`true`)
      .leftJoin(units, eq(units.id, unit))
      .where(where)
      .groupBy(unit, itemStatuses.status),
    db
      .select({ region, ...countsOf })
      .from(itemStatuses)
      .innerJoin(sql`lateral unnest(${itemStatuses.regions}) as r(region)`, sql`true`)
      .where(where)
      .groupBy(region, itemStatuses.status),
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
