/**
 * Backup and restore of every table in the public schema as JSON, in foreign-key order, on PGlite and
 * PostgreSQL alike. Restore empties the tables and loads the rows in one transaction, then moves sequences
 * past the restored ids. Job queues (pg-boss's own schema) are not part of a backup.
 */
import { sql } from "drizzle-orm";
import { defineError } from "../errors.ts";
import { type Db, queryRows } from "./client.ts";

/** The file format of a backup. */
export interface Backup {
  format: "luoshi-backup";
  version: 1;
  createdAt: string;
  tables: { name: string; rows: unknown[] }[];
}

/** The file is not a backup this program wrote. */
export const invalidBackup = defineError("backup.invalid", 400, "备份文件无效或已损坏", "The backup file is invalid or damaged");
const unknownTable = defineError(
  "backup.unknown_table",
  400,
  "备份中含有当前数据库没有的表,请先升级程序",
  "The backup holds a table this database does not have; upgrade first",
);

/** Public tables, parents before children (self-references ignored). */
export async function tablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select distinct c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((table) => [table.name, new Set()]));
  for (const edge of edges) {
    const child = unquote(edge.child);
    const parent = unquote(edge.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const visit = (name: string, trail: Set<string>) => {
    if (ordered.includes(name) || trail.has(name)) return;
    trail.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, trail);
    ordered.push(name);
  };
  for (const table of tables) visit(table.name, new Set());
  return ordered;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoted(name: string) {
  return sql.raw(quoteIdent(name));
}

/** Every row of every public table. */
export async function dumpDatabase(db: Db, now: Date): Promise<Backup> {
  const tables: Backup["tables"] = [];
  for (const name of await tablesInDependencyOrder(db)) {
    const [row] = await queryRows<{ rows: unknown[] | string }>(
      db,
      sql`select coalesce(json_agg(t), '[]'::json) as rows from ${quoted(name)} t`,
    );
    tables.push({ name, rows: typeof row.rows === "string" ? JSON.parse(row.rows) : row.rows });
  }
  return { format: "luoshi-backup", version: 1, createdAt: now.toISOString(), tables };
}

/** Checks the shape of a parsed backup file. */
export function parseBackup(value: unknown): Backup {
  const candidate = value as Partial<Backup> | null;
  if (!candidate || candidate.format !== "luoshi-backup" || candidate.version !== 1 || !Array.isArray(candidate.tables)) {
    throw invalidBackup();
  }
  for (const table of candidate.tables) {
    if (typeof table?.name !== "string" || !Array.isArray(table.rows)) throw invalidBackup();
  }
  return candidate as Backup;
}

/** Replaces the content of every public table with the backup's; returns the rows restored per table. */
export async function restoreDatabase(db: Db, backup: Backup): Promise<Record<string, number>> {
  const existing = await tablesInDependencyOrder(db);
  const stranger = backup.tables.find((table) => !existing.includes(table.name));
  if (stranger) throw unknownTable({ table: stranger.name });
  const byName = new Map(backup.tables.map((table) => [table.name, table.rows]));
  const restored: Record<string, number> = {};
  await db.transaction(async (tx) => {
    if (existing.length) {
      await tx.execute(sql`truncate ${sql.join(existing.map(quoted), sql`, `)} restart identity cascade`);
    }
    for (const name of existing) {
      const rows = byName.get(name) ?? [];
      restored[name] = rows.length;
      if (rows.length === 0) continue;
      await tx.execute(
        sql`insert into ${quoted(name)} select * from json_populate_recordset(null::${quoted(name)}, ${JSON.stringify(rows)}::json)`,
      );
    }
    await resyncSequences(tx);
  });
  return restored;
}

/** Moves every serial or identity sequence of the public schema past the largest restored value. */
async function resyncSequences(db: Db): Promise<void> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const column of columns) {
    const table = `public.${quoteIdent(column.table_name)}`;
    await db.execute(sql`select setval(pg_get_serial_sequence(${table}, ${column.column_name}),
      coalesce((select max(${quoted(column.column_name)}) from ${quoted(column.table_name)}), 0) + 1, false)`);
  }
}
