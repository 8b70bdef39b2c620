/** The unit directory: units, aliases, and the rows that point at units when two are merged (Drizzle only). */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { unitAliases, units } from "../../db/schema/units.ts";
import { userUnits } from "../../db/schema/users.ts";

export type UnitRow = typeof units.$inferSelect;

/** A unit with its aliases, as the API and the matcher see it. */
export type UnitWithAliases = UnitRow & { aliases: string[] };

/** Every live (not merged) unit with its aliases, by name. */
export async function listLiveUnits(db: Db): Promise<UnitWithAliases[]> {
  const rows = await db.select().from(units).where(isNull(units.mergedIntoId)).orderBy(asc(units.name));
  const aliases = await db.select().from(unitAliases).orderBy(asc(unitAliases.alias));
  const byUnit = new Map<string, string[]>();
  for (const alias of aliases) byUnit.set(alias.unitId, [...(byUnit.get(alias.unitId) ?? []), alias.alias]);
  return rows.map((row) => ({ ...row, aliases: byUnit.get(row.id) ?? [] }));
}

/** One live unit with its aliases, or undefined; `forUpdate` locks the unit row until the transaction ends. */
export async function findLiveUnit(db: Db, id: string, forUpdate = false): Promise<UnitWithAliases | undefined> {
  const query = db.select().from(units).where(and(eq(units.id, id), isNull(units.mergedIntoId)));
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) return undefined;
  const aliases = await db.select().from(unitAliases).where(eq(unitAliases.unitId, id)).orderBy(asc(unitAliases.alias));
  return { ...row, aliases: aliases.map((alias) => alias.alias) };
}

/** Which of the given ids are live units. */
export async function existingUnitIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, ids), isNull(units.mergedIntoId)));
  return new Set(rows.map((row) => row.id));
}

/** True when some unit (merged or not) is called this or has it as an alias, other than `exceptUnitId`. */
export async function isNameTaken(db: Db, name: string, exceptUnitId?: string): Promise<boolean> {
  const [byName] = await db.select({ id: units.id }).from(units).where(eq(units.name, name));
  const [byAlias] = await db.select({ id: unitAliases.unitId }).from(unitAliases).where(eq(unitAliases.alias, name));
  return [byName?.id, byAlias?.id].some((id) => id !== undefined && id !== exceptUnitId);
}

/** Inserts a unit. */
export async function insertUnit(db: Db, row: typeof units.$inferInsert): Promise<UnitRow> {
  const [inserted] = await db.insert(units).values(row).returning();
  return inserted;
}

/** Writes the given columns of a unit. */
export async function updateUnitRow(db: Db, id: string, values: Partial<typeof units.$inferInsert>): Promise<UnitRow> {
  const [updated] = await db.update(units).set(values).where(eq(units.id, id)).returning();
  return updated;
}

/** Replaces a unit's aliases. */
export async function replaceAliases(db: Db, unitId: string, aliases: string[]): Promise<void> {
  await db.delete(unitAliases).where(eq(unitAliases.unitId, unitId));
  if (aliases.length) await db.insert(unitAliases).values(aliases.map((alias) => ({ unitId, alias })));
}

/** Adds one alias to a unit. */
export async function insertAlias(db: Db, unitId: string, alias: string): Promise<void> {
  await db.insert(unitAliases).values({ unitId, alias });
}

/** The ancestors of a unit, nearest first (to refuse a parent that would make a cycle). */
export async function ancestorIds(db: Db, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from ${units} where id = ${id}
      union all
      select u.id, u.parent_id, up.depth + 1 from ${units} u join up on u.id = up.parent_id where up.depth < 64
    )
    select id from up order by depth`);
  return rows.map((row) => row.id);
}

/** Every single-column foreign key to units(id): table and column (those of later features included). */
async function unitReferences(db: Db): Promise<{ table: string; column: string }[]> {
  return queryRows<{ table: string; column: string }>(
    db,
    sql`select cl.relname as "table", a.attname as "column"
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and n.nspname = 'public' and c.confrelid = 'public.units'::regclass
          and array_length(c.conkey, 1) = 1`,
  );
}

/** References to a unit that a merge must not move: the merge marker itself, and memberships (moved below). */
const KEPT_REFERENCES = new Set(["units.merged_into_id", "user_units.unit_id"]);

/**
 * Moves everything that points at `fromId` to `intoId`: aliases, assignments, sub-units, members, and the rows of
 * any other feature that reference units (reports, scores …). A move that would duplicate a unique row fails.
 */
export async function repointUnit(db: Db, fromId: string, intoId: string): Promise<void> {
  for (const { table, column } of await unitReferences(db)) {
    if (KEPT_REFERENCES.has(`${table}.${column}`)) continue;
    const target = sql.raw(`"${table.replace(/"/g, '""')}"`);
    const field = sql.raw(`"${column.replace(/"/g, '""')}"`);
    await db.execute(sql`update ${target} set ${field} = ${intoId} where ${field} = ${fromId}`);
  }
  await db.execute(sql`
    insert into ${userUnits} (user_id, unit_id)
    select user_id, ${intoId} from ${userUnits} where unit_id = ${fromId}
    on conflict do nothing`);
  await db.delete(userUnits).where(eq(userUnits.unitId, fromId));
}
