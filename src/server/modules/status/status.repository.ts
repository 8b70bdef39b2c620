/** Everything status needs from the database for some plans, in a handful of queries (Drizzle only). */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { assignments, items, plans, targets } from "../../db/schema/plans.ts";
import { reports } from "../../db/schema/reports.ts";
import { rounds } from "../../db/schema/rounds.ts";
import { settings, statusOverrides } from "../../db/schema/settings.ts";
import { statusSnapshots } from "../../db/schema/status-snapshots.ts";
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

/** Live items, targets and resolved assignments of the plans. */
export async function planParts(db: Db, planIds: string[]) {
  if (planIds.length === 0) return { items: [], targets: [], assignments: [] };
  const [itemRows, targetRows, assignmentRows] = await Promise.all([
    db.select().from(items).where(and(inArray(items.planId, planIds), isNull(items.removedAt))).orderBy(items.planId, items.position),
    db.select().from(targets).where(and(inArray(targets.planId, planIds), isNull(targets.removedAt))).orderBy(targets.itemId, targets.position),
    db
      .select({ itemId: assignments.itemId, unitId: assignments.unitId, role: assignments.role })
      .from(assignments)
      .where(inArray(assignments.planId, planIds)),
  ]);
  return { items: itemRows, targets: targetRows, assignments: assignmentRows };
}

/** Every report on the plans with its round's period and deadline. */
export async function reportsOfPlans(db: Db, planIds: string[]) {
  if (planIds.length === 0) return [];
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
    .where(inArray(reports.planId, planIds));
}

/** The unit directory: id, name, kind and parent, to name units and find their region. */
export async function directory(db: Db) {
  return db.select({ id: units.id, name: units.name, kind: units.kind, parentId: units.parentId }).from(units);
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

/** The plan an item or a target belongs to, to check scope before an override. */
export async function planOfSubject(db: Db, subject: { itemId?: string; targetId?: string }) {
  if (subject.itemId) {
    const [row] = await db.select({ planId: items.planId }).from(items).where(eq(items.id, subject.itemId));
    return row?.planId;
  }
  if (subject.targetId) {
    const [row] = await db.select({ planId: targets.planId }).from(targets).where(eq(targets.id, subject.targetId));
    return row?.planId;
  }
  return undefined;
}

/**
 * A report write is stamped (changed_at) when its statement runs, not when it commits, so a write that commits
 * after a later-stamped one hides behind the newest stamp. Every write that can still be in flight when the
 * newest stamp is read lies within this window of it (a report transaction lasts well under a minute), so the
 * key also counts the rows and sums their versions within it: a late commit changes that fingerprint.
 */
const LATE_COMMIT_WINDOW = "5 minutes";

/**
 * What each plan's statuses depend on besides the day: the plan's version and last edit, its targets' versions,
 * the directory units its assignments name, its reports' newest stamp with the rows written near it (see
 * LATE_COMMIT_WINDOW), how many overrides exist and the newest, the settings' version, the unit directory.
 */
export async function freshnessKeys(db: Db, planIds: string[]): Promise<Map<string, string>> {
  if (planIds.length === 0) return new Map();
  const [rows, [global]] = await Promise.all([
    db
      .select({
        id: plans.id,
        version: plans.version,
        updatedAt: plans.updatedAt,
        // written out: drizzle leaves the outer column unqualified in a one-table select; both use the (plan_id, changed_at) index
        reports: sql<string>`(
          select coalesce(newest.at::text, '') || '#' || count(r.id) || '+' || coalesce(sum(r.version), 0)
          from (select max(changed_at) as at from reports where plan_id = "plans"."id") newest
          left join reports r on r.plan_id = "plans"."id" and r.changed_at > newest.at - ${sql.raw(`interval '${LATE_COMMIT_WINDOW}'`)}
          group by newest.at)`,
        targets: sql<string>`(select count(*) || '+' || coalesce(sum(t.version), 0) from targets t where t.plan_id = "plans"."id")`,
        // which directory unit each assignment names: resolving or moving one changes the plan's unit and region figures
        assignments: sql<string>`(select count(*) || '+' || coalesce(sum(hashtext(coalesce(a.unit_id::text, ''))), 0) from assignments a where a.plan_id = "plans"."id")`,
      })
      .from(plans)
      .where(inArray(plans.id, planIds)),
    db
      .select({
        overrides: sql<string>`(select count(*) || '@' || coalesce(max(${statusOverrides.at})::text, '') from ${statusOverrides})`,
        settings: sql<string>`(select coalesce(max(${settings.version}), 0)::text from ${settings})`,
        // the unit directory: a unit's kind, name or parent decides the region its items count under
        units: sql<string>`(select count(*) || '+' || coalesce(sum(${units.version}), 0) || '@' || coalesce(max(${units.updatedAt})::text, '') from ${units})`,
      })
      .from(sql`(select 1) as one`),
  ]);
  return new Map(
    rows.map((r) => [r.id, [r.version, r.updatedAt.toISOString(), r.reports, r.targets, r.assignments, global.overrides, global.settings, global.units].join("|")]),
  );
}

/** Each stored snapshot's stamp: the key it was computed for and when it was written, by plan (no parts read). */
export async function snapshotStamps(db: Db, planIds: string[]): Promise<Map<string, string>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: statusSnapshots.planId, key: statusSnapshots.key, computedAt: statusSnapshots.computedAt })
    .from(statusSnapshots)
    .where(inArray(statusSnapshots.planId, planIds));
  return new Map(rows.map((r) => [r.planId, stampOf(r.key, r.computedAt)]));
}

/** What identifies one stored snapshot row: its key and when it was written. */
export function stampOf(key: string, computedAt: Date): string {
  return `${key}@${computedAt.toISOString()}`;
}

/** One part of the plans' cached snapshots ("items" or "summary") with the key it was computed for, by plan. */
export async function readSnapshots(db: Db, planIds: string[], part: "items" | "summary") {
  if (planIds.length === 0) return new Map<string, { key: string; value: unknown }>();
  const rows = await db
    .select({ planId: statusSnapshots.planId, key: statusSnapshots.key, value: statusSnapshots[part] })
    .from(statusSnapshots)
    .where(inArray(statusSnapshots.planId, planIds));
  return new Map(rows.map((r) => [r.planId, { key: r.key, value: r.value }]));
}

/** Stores a plan's statuses and dashboard figures under the key they were computed for. */
export async function writeSnapshot(db: Db, planId: string, key: string, parts: { items: unknown; summary: unknown }, at: Date): Promise<void> {
  const values = { key, ...parts, computedAt: at };
  await db
    .insert(statusSnapshots)
    .values({ planId, ...values })
    .onConflictDoUpdate({ target: statusSnapshots.planId, set: values });
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
