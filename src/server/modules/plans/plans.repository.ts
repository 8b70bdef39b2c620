/** Plans, items, assignments, targets and revisions (Drizzle only). Removed items and targets are filtered here. */
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { PlanScope } from "../../access/can.ts";
import type { Db } from "../../db/client.ts";
import { documents } from "../../db/schema/documents.ts";
import { assignments, items, planRevisions, plans, targets } from "../../db/schema/plans.ts";
import { chunks } from "../../db/chunks.ts";

export type PlanRow = typeof plans.$inferSelect;
export type ItemRow = typeof items.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;

/** A plan row with its counts of live items, targets and distinct unit names. */
export type PlanWithCounts = PlanRow & { counts: { items: number; targets: number; units: number } };

/** `plans.id` qualified, for correlated subqueries (Drizzle writes a bare "id" in single-table selects). */
const planIdColumn = sql.raw(`"plans"."id"`);

function scopeCondition(scope: PlanScope): SQL | undefined {
  if ("all" in scope) return undefined;
  const published = eq(plans.status, "published");
  if (scope.unitIds === null) return published;
  if (scope.unitIds.length === 0) return sql`false`;
  const assigned = sql`exists (select 1 from ${assignments} a join ${items} i on i.id = a.item_id
    where a.plan_id = ${planIdColumn} and i.removed_at is null and a.unit_id in (${sql.join(
      scope.unitIds.map((unitId) => sql`${unitId}`),
      sql`, `,
    )}))`;
  return and(published, assigned);
}

/** Plans within the scope (optionally one), newest first, with their counts. */
export async function listPlansWithCounts(db: Db, scope: PlanScope, planId?: string): Promise<PlanWithCounts[]> {
  const rows = await db
    .select({
      plan: plans,
      items: sql<number>`(select count(*) from ${items} i where i.plan_id = ${planIdColumn} and i.removed_at is null)`.mapWith(Number),
      targets: sql<number>`(select count(*) from ${targets} t join ${items} i on i.id = t.item_id
        where t.plan_id = ${planIdColumn} and t.removed_at is null and i.removed_at is null)`.mapWith(Number),
      units: sql<number>`(select count(distinct a.name) from ${assignments} a join ${items} i on i.id = a.item_id
        where a.plan_id = ${planIdColumn} and i.removed_at is null)`.mapWith(Number),
    })
    .from(plans)
    .where(and(scopeCondition(scope), planId ? eq(plans.id, planId) : undefined))
    .orderBy(desc(plans.createdAt), asc(plans.title));
  return rows.map((row) => ({ ...row.plan, counts: { items: row.items, targets: row.targets, units: row.units } }));
}

/** A plan by id, or undefined. */
export async function findPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

/** Locks a plan row for the rest of the transaction (serialises writes to one plan). */
export async function lockPlan(db: Db, id: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id)).for("update");
  return row;
}

/** Inserts a plan. */
export async function insertPlan(db: Db, row: typeof plans.$inferInsert): Promise<PlanRow> {
  const [inserted] = await db.insert(plans).values(row).returning();
  return inserted;
}

/** Writes the given columns of a plan. */
export async function updatePlanRow(db: Db, id: string, values: Partial<typeof plans.$inferInsert>): Promise<PlanRow> {
  const [updated] = await db.update(plans).set(values).where(eq(plans.id, id)).returning();
  return updated;
}

/** The directory units assigned anywhere in a plan's live items. */
export async function planUnitIds(db: Db, planId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unitId: assignments.unitId })
    .from(assignments)
    .innerJoin(items, eq(items.id, assignments.itemId))
    .where(and(eq(assignments.planId, planId), isNull(items.removedAt)));
  return rows.flatMap((row) => (row.unitId ? [row.unitId] : []));
}

/** The live items of a plan in document order. */
export async function liveItems(db: Db, planId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(items)
    .where(and(eq(items.planId, planId), isNull(items.removedAt)))
    .orderBy(asc(items.position));
}

/** Every item of a plan, removed ones too (re-import matches against them by key). */
export async function allItems(db: Db, planId: string): Promise<ItemRow[]> {
  return db.select().from(items).where(eq(items.planId, planId)).orderBy(asc(items.position));
}

/** The assignments of a plan's live items. */
export async function liveAssignments(db: Db, planId: string): Promise<AssignmentRow[]> {
  return db
    .select({ assignment: assignments })
    .from(assignments)
    .innerJoin(items, eq(items.id, assignments.itemId))
    .where(and(eq(assignments.planId, planId), isNull(items.removedAt)))
    .orderBy(asc(items.position), asc(assignments.position))
    .then((rows) => rows.map((row) => row.assignment));
}

/** The live targets of a plan's live items. */
export async function liveTargets(db: Db, planId: string): Promise<TargetRow[]> {
  return db
    .select({ target: targets })
    .from(targets)
    .innerJoin(items, eq(items.id, targets.itemId))
    .where(and(eq(targets.planId, planId), isNull(targets.removedAt), isNull(items.removedAt)))
    .orderBy(asc(items.position), asc(targets.position))
    .then((rows) => rows.map((row) => row.target));
}

/** A live item of a plan, or undefined. */
export async function findLiveItem(db: Db, planId: string, itemId: string): Promise<ItemRow | undefined> {
  const [row] = await db
    .select()
    .from(items)
    .where(and(eq(items.id, itemId), eq(items.planId, planId), isNull(items.removedAt)));
  return row;
}

/** Inserts items. */
export async function insertItems(db: Db, rows: (typeof items.$inferInsert)[]): Promise<ItemRow[]> {
  const inserted: ItemRow[] = [];
  for (const chunk of chunks(rows)) inserted.push(...(await db.insert(items).values(chunk).returning()));
  return inserted;
}

/** Writes the given columns of an item. */
export async function updateItemRow(db: Db, id: string, values: Partial<typeof items.$inferInsert>): Promise<ItemRow> {
  const [updated] = await db.update(items).set(values).where(eq(items.id, id)).returning();
  return updated;
}

/** Marks items (and their targets) removed. */
export async function markItemsRemoved(db: Db, itemIds: string[], at: Date): Promise<void> {
  if (itemIds.length === 0) return;
  await db.update(items).set({ removedAt: at, updatedAt: at }).where(inArray(items.id, itemIds));
  await db
    .update(targets)
    .set({ removedAt: at, updatedAt: at })
    .where(and(inArray(targets.itemId, itemIds), isNull(targets.removedAt)));
}

/** The live children of an item. */
export async function liveChildren(db: Db, itemId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(items)
    .where(and(eq(items.parentId, itemId), isNull(items.removedAt)));
}

/** The largest position used in a plan (new items go after it). */
export async function maxItemPosition(db: Db, planId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${items.position}), -1)`.mapWith(Number) })
    .from(items)
    .where(eq(items.planId, planId));
  return row.max;
}

/** The assignments of some items. */
export async function assignmentsOfItems(db: Db, itemIds: string[]): Promise<AssignmentRow[]> {
  if (itemIds.length === 0) return [];
  return db.select().from(assignments).where(inArray(assignments.itemId, itemIds)).orderBy(asc(assignments.position));
}

/** Replaces an item's assignments. */
export async function replaceAssignments(db: Db, itemId: string, rows: (typeof assignments.$inferInsert)[]): Promise<void> {
  await db.delete(assignments).where(eq(assignments.itemId, itemId));
  await insertAssignments(db, rows);
}

/** Inserts assignments. */
export async function insertAssignments(db: Db, rows: (typeof assignments.$inferInsert)[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insert(assignments).values(chunk);
}

/** Points every assignment of a plan written as `name` at a directory unit. */
export async function setAssignmentUnit(db: Db, planId: string, name: string, unitId: string): Promise<number> {
  const updated = await db
    .update(assignments)
    .set({ unitId })
    .where(and(eq(assignments.planId, planId), eq(assignments.name, name)))
    .returning({ id: assignments.id });
  return updated.length;
}

/** The live targets of some items. */
export async function liveTargetsOfItems(db: Db, itemIds: string[]): Promise<TargetRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(targets)
    .where(and(inArray(targets.itemId, itemIds), isNull(targets.removedAt)))
    .orderBy(asc(targets.position));
}

/** A live target of a plan, or undefined. */
export async function findLiveTarget(db: Db, planId: string, targetId: string): Promise<TargetRow | undefined> {
  const [row] = await db
    .select({ target: targets })
    .from(targets)
    .innerJoin(items, eq(items.id, targets.itemId))
    .where(and(eq(targets.id, targetId), eq(targets.planId, planId), isNull(targets.removedAt), isNull(items.removedAt)));
  return row?.target;
}

/** Inserts targets. */
export async function insertTargets(db: Db, rows: (typeof targets.$inferInsert)[]): Promise<TargetRow[]> {
  const inserted: TargetRow[] = [];
  for (const chunk of chunks(rows)) inserted.push(...(await db.insert(targets).values(chunk).returning()));
  return inserted;
}

/** Writes the given columns of a target. */
export async function updateTargetRow(db: Db, id: string, values: Partial<typeof targets.$inferInsert>): Promise<TargetRow> {
  const [updated] = await db.update(targets).set(values).where(eq(targets.id, id)).returning();
  return updated;
}

/** Inserts a revision row. */
export async function insertRevision(db: Db, row: typeof planRevisions.$inferInsert): Promise<void> {
  await db.insert(planRevisions).values(row);
}

/** A plan's revisions, oldest first. */
export async function listRevisions(db: Db, planId: string) {
  return db.select().from(planRevisions).where(eq(planRevisions.planId, planId)).orderBy(asc(planRevisions.revision));
}

/** A document's original file: name, media type and bytes. */
export async function documentFile(db: Db, documentId: string) {
  const [row] = await db
    .select({ fileName: documents.fileName, mediaType: documents.mediaType, bytes: documents.bytes })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row;
}

/** The decoded text of a document. */
export async function documentText(db: Db, documentId: string): Promise<string> {
  const [row] = await db.select({ text: documents.text }).from(documents).where(eq(documents.id, documentId));
  return row?.text ?? "";
}
