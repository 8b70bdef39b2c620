import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../test/helpers/database.ts";
import { type Database, queryRows } from "./client.ts";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import { migrationsFolder } from "./client.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase({ fresh: true });
});
afterAll(() => database.close());

describe("migrations", () => {
  it("apply in full on a fresh database and create every table of the journal", async () => {
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"));
    const applied = await queryRows<{ count: string | number }>(
      database.db,
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    );
    expect(Number(applied[0].count)).toBe(journal.entries.length);
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(["units", "unit_aliases", "users", "sessions", "documents", "plans", "items", "assignments", "targets", "audit_log"]),
    );
  });

  it("are idempotent: running them again changes nothing", async () => {
    await database.migrate();
    const applied = await queryRows<{ count: string | number }>(
      database.db,
      sql`select count(*) as count from drizzle.__drizzle_migrations`,
    );
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"));
    expect(Number(applied[0].count)).toBe(journal.entries.length);
  });

  it("make the audit log append-only: a row can be added but not changed or deleted", async () => {
    await database.db.execute(sql`insert into audit_log (at, action, entity) values (now(), 'test.write', 'test')`);
    await expect(database.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    const rows = await queryRows<{ action: string }>(database.db, sql`select action from audit_log`);
    expect(rows).toEqual([{ action: "test.write" }]);
  });
});
