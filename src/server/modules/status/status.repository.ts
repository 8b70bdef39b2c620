/** Everything status needs from the database for some plans, in a handful of queries (Drizzle only). */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { assignments, items, plans, targets } from "../../db/schema/plans.ts";
import { reports } from "../../db/schema/reports.ts";
import { rounds } from "../../db/schema/rounds.ts";
import { statusOverrides } from "../../db/schema/settings.ts";
import { units } from "../../db/schema/units.ts";
import { users } from "../../db/schema/users.ts";

/** Published plans: all of them, or those among the given ids. */
export async function publishedPlans(db: Db, planIds?: readonly string[]) {
  const published = eq(plans.status, "published");
  if (planIds?.length === 0) return [];
  return db
    .select({ id: plans.id, title: plans.title, meta: plans.meta, publishedAt: plans.publishedAt, createdAt: plans.createdAt })
    .from(plans)
    .where(planIds ? and(published, inArray(plans.id, [...planIds])) : published);
}

/** Live items, targets and resolved assignments of the plans (only of these items, when given). */
export async function planParts(db: Db, planIds: string[], itemIds?: readonly string[]) {
  if (planIds.length === 0 || itemIds?.length === 0) return { items: [], targets: [], assignments: [] };
  const only = <C extends typeof items.id | typeof targets.itemId | typeof assignments.itemId>(column: C) => (itemIds ? inArray(column, [...itemIds]) : undefined);
  // one after the other: keeping calls this inside a transaction, on one connection
  const itemRows = await db
    .select()
    .from(items)
    .where(and(inArray(items.planId, planIds), isNull(items.removedAt), only(items.id)))
    .orderBy(items.planId, items.position);
  const targetRows = await db
    .select()
    .from(targets)
    .where(and(inArray(targets.planId, planIds), isNull(targets.removedAt), only(targets.itemId)))
    .orderBy(targets.itemId, targets.position);
  const assignmentRows = await db
    .select({ itemId: assignments.itemId, unitId: assignments.unitId, role: assignments.role })
    .from(assignments)
    .where(and(inArray(assignments.planId, planIds), only(assignments.itemId)));
  return { items: itemRows, targets: targetRows, assignments: assignmentRows };
}

/** Every report on the plans (only on these items, when given) with its round's period and deadline. */
export async function reportsOfPlans(db: Db, planIds: string[], itemIds?: readonly string[]) {
  if (planIds.length === 0 || itemIds?.length === 0) return [];
  return db
    .select({
      id: reports.id,
      itemId: reports.itemId,
      unitId: reports.unitId,
      status: reports.status,
      values: reports.values,
      completed: reports.completed,
      reviewComment: reports.reviewComment,
      firstSubmittedAt: reports.firstSubmittedAt,
      period: rounds.period,
      deadline: rounds.deadline,
      roundCreatedAt: rounds.createdAt,
      roundId: rounds.id,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(and(inArray(reports.planId, planIds), itemIds ? inArray(reports.itemId, [...itemIds]) : undefined));
}

/** The unit directory: id, name, kind and parent, to name units and find their region. */
export async function directory(db: Db) {
  return db.select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId }).from(units);
}

/** The directory units among the ids and all their ancestors: what naming them and finding their regions needs. */
export async function unitsAround(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return queryRows<{ id: string; name: string; kind: string; parentId: string | null }>(
    db,
    sql`with recursive up as (
          select id, name, kind, parent_id from units where id in (${sql.join(unitIds.map((id) => sql`${id}::uuid`), sql`, `)})
          union
          select u.id, u.name, u.kind, u.parent_id from units u join up on u.id = up.parent_id)
        select id, name, kind, parent_id as "parentId" from up`,
  );
}

/** Overrides on the given items or targets with who made them, newest first. */
export async function overridesFor(db: Db, itemIds: string[], targetIds: string[]) {
  if (itemIds.length === 0 && targetIds.length === 0) return [];
  const conditions = [];
  if (itemIds.length) conditions.push(inArray(statusOverrides.itemId, itemIds));
  if (targetIds.length) conditions.push(inArray(statusOverrides.targetId, targetIds));
  return db
    .select({
      itemId: statusOverrides.itemId,
      targetId: statusOverrides.targetId,
      status: statusOverrides.status,
      reason: statusOverrides.reason,
      at: statusOverrides.at,
      by: users.displayName,
    })
    .from(statusOverrides)
    .leftJoin(users, eq(users.id, statusOverrides.actorId))
    .where(or(...conditions))
    .orderBy(desc(statusOverrides.at), desc(statusOverrides.id));
}

/** Records an override. */
export async function insertOverride(db: Db, row: typeof statusOverrides.$inferInsert) {
  const [saved] = await db.insert(statusOverrides).values(row).returning();
  return saved;
}

/** The plan and the item an item or a target belongs to, to check scope before an override and to keep its status. */
export async function planOfSubject(db: Db, subject: { itemId?: string; targetId?: string }): Promise<{ planId: string; itemId: string } | undefined> {
  if (subject.itemId) {
    const [row] = await db.select({ planId: items.planId, itemId: items.id }).from(items).where(eq(items.id, subject.itemId));
    return row;
  }
  if (subject.targetId) {
    const [row] = await db.select({ planId: targets.planId, itemId: targets.itemId }).from(targets).where(eq(targets.id, subject.targetId));
    return row;
  }
  return undefined;
}

/** The periods of the rounds that asked the plans (all plans, when none are given) for reports. */
export async function roundPeriodsOf(db: Db, planIds?: readonly string[]): Promise<string[]> {
  if (planIds?.length === 0) return [];
  const rows = await db
    .selectDistinct({ period: rounds.period })
    .from(rounds)
    .where(planIds ? sql`exists (select 1 from ${reports} where ${reports.roundId} = ${rounds.id} and ${inArray(reports.planId, [...planIds])})` : undefined);
  return rows.map((r) => r.period);
}

/** The items of the plans that any of the units is assigned to, in any role. */
export async function assignedItemIds(db: Db, planIds: string[], unitIds: readonly string[]): Promise<Set<string>> {
  if (planIds.length === 0 || unitIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ itemId: assignments.itemId })
    .from(assignments)
    .where(and(inArray(assignments.planId, planIds), inArray(assignments.unitId, [...unitIds])));
  return new Set(rows.map((r) => r.itemId));
}
