import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signIn, type TestApp } from "../../../test/helpers/app.ts";
import { SAMPLE_PLAN } from "../../../test/helpers/documents.ts";
import { makeUnit, makeUser } from "../../../test/helpers/factories.ts";
import { dumpDatabase, parseBackup, restoreDatabase, tablesInDependencyOrder } from "./backup.ts";
import { queryRows } from "./client.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const city = await makeUnit(t.database.db, { name: "市政府" });
  await makeUnit(t.database.db, { name: "市经济和信息化局", parentId: city.id, aliases: ["市经信局"] });
  await makeUser(t.database.db, { role: "supervisor" });
  const supervisor = await signIn(t.app, "supervisor");
  const { plan } = (await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).json();
  const detail = (await supervisor.call("GET", `/api/plans/${plan.id}`)).json();
  const item = detail.items[1];
  await supervisor.call("PATCH", `/api/plans/${plan.id}/items/${item.id}`, { version: item.version, heading: "改过" });
});
afterAll(() => t.close());

async function snapshot() {
  const result: Record<string, unknown[]> = {};
  for (const name of await tablesInDependencyOrder(t.database.db)) {
    result[name] = await queryRows(t.database.db, sql.raw(`select * from "${name}" order by 1`));
  }
  return result;
}

describe("backup and restore", () => {
  it("orders tables parents first", async () => {
    const order = await tablesInDependencyOrder(t.database.db);
    expect(order.indexOf("units")).toBeLessThan(order.indexOf("unit_aliases"));
    expect(order.indexOf("documents")).toBeLessThan(order.indexOf("plans"));
    expect(order.indexOf("plans")).toBeLessThan(order.indexOf("items"));
    expect(order.indexOf("items")).toBeLessThan(order.indexOf("targets"));
  });

  it("brings back every plan, user, document byte and audit row after the database is wiped", async () => {
    const before = await snapshot();
    expect(before.plans).toHaveLength(1);
    expect(before.audit_log.length).toBeGreaterThan(2);
    const file = JSON.stringify(await dumpDatabase(t.database.db, t.clock.now()));
    await t.database.db.execute(sql`truncate units, users, documents, plans, audit_log cascade`);
    expect(await queryRows(t.database.db, sql`select * from plans`)).toEqual([]);
    const restored = await restoreDatabase(t.database.db, parseBackup(JSON.parse(file)));
    expect(restored).toMatchObject({ plans: 1, users: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps sequences past restored ids, so new audit rows still insert", async () => {
    const supervisor = await signIn(t.app, "supervisor");
    const response = await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN });
    expect(response.statusCode).toBe(201);
  });

  it("refuses a file that is not a backup", () => {
    expect(() => parseBackup({ hello: "world" })).toThrow("备份文件无效");
  });
});
