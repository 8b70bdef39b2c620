/**
 * The unit scope of an actor: every unit, or (for unit-scoped roles such as reporters) only the units it
 * answers for. `allowedIds` turns a list of row ids into the ones in scope with one SQL query, so lists
 * and reads filter in the database instead of loading rows and testing them one by one.
 */
import { and, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { isUnitScoped } from "../../core/domain/access/permissions.ts";
import type { Db } from "../db/client.ts";
import type { Actor } from "./actor.ts";

/** The units the actor's reads are limited to, or null when it sees every unit. */
export function unitScope(actor: Actor): readonly string[] | null {
  return isUnitScoped(actor.role) ? actor.unitIds : null;
}

/** True when the unit is within the actor's scope. */
export function inUnitScope(actor: Actor, unitId: string): boolean {
  const scope = unitScope(actor);
  return scope === null || scope.includes(unitId);
}

/** The rows of a loaded list whose unit is within the actor's scope (for lists already in memory). */
export function withinUnitScope<T>(actor: Actor, rows: readonly T[], unitOf: (row: T) => string): T[] {
  const scope = unitScope(actor);
  return scope === null ? [...rows] : rows.filter((row) => scope.includes(unitOf(row)));
}

/** Where a row's id and its unit live, for allowedIds. */
export interface UnitOwned {
  table: PgTable;
  id: PgColumn;
  unitId: PgColumn;
}

/** Of the given row ids, those that exist and belong to a unit in the actor's scope: one query, ids in, ids out. */
export async function allowedIds(db: Db, actor: Actor, owned: UnitOwned, ids: readonly string[]): Promise<Set<string>> {
  const scope = unitScope(actor);
  if (ids.length === 0 || (scope !== null && scope.length === 0)) return new Set();
  const rows = await db
    .selectDistinct({ id: owned.id })
    .from(owned.table)
    .where(and(inArray(owned.id, [...ids]), scope === null ? undefined : inArray(owned.unitId, [...scope])));
  return new Set(rows.map((row) => String(row.id)));
}
