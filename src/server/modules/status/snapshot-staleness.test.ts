import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";
import { insertBulkPlan } from "../../../../test/reporting/bulk-plan.ts";
import { sessionFor } from "../../../../test/reporting/sessions.ts";
import { reports } from "../../db/schema/reports.ts";
import { statusSnapshots } from "../../db/schema/status-snapshots.ts";

let t: TestApp;
let planId: string;
let supervisor: Session;
const reporters: { session: Session; reportId: string; targetId: string }[] = [];

const dashboard = async () => {
  const response = await supervisor.call("GET", `/api/dashboard?planId=${planId}`);
  expect(response.statusCode).toBe(200);
  const { asOf: _asOf, ...figures } = response.json();
  return figures;
};
/** The dashboard computed from scratch: the cached snapshot is dropped first. */
const recomputed = async () => {
  await t.database.db.delete(statusSnapshots).where(eq(statusSnapshots.planId, planId));
  return dashboard();
};
const submit = async (r: (typeof reporters)[number], value: number) => {
  const draft = await r.session.call("PUT", `/api/reports/${r.reportId}`, { version: 1, progress: "已完成", values: [{ targetId: r.targetId, value }] });
  const submitted = await r.session.call("POST", `/api/reports/${r.reportId}/submit`, { version: draft.json().version });
  expect(submitted.statusCode).toBe(200);
};
/** A later write time, as when another server rewrites the row (this server then reads it again). */
const rewritten = sql`computed_at + interval '1 second'`;
const stampOf = async (reportId: string) => (await t.database.db.select({ at: reports.changedAt }).from(reports).where(eq(reports.id, reportId)))[0].at;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const unitIds: string[] = [];
  for (const name of ["甲单位", "乙单位", "丙单位", "丁单位"]) unitIds.push((await makeUnit(db, { name })).id);
  const plan = await insertBulkPlan(db, unitIds);
  planId = plan.planId;
  await makeUser(db, { role: "supervisor" });
  supervisor = await signIn(t.app, "supervisor");
  const opened = await supervisor.call("POST", "/api/rounds", { planIds: [planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  expect(opened.statusCode).toBe(201);
  for (const [i, unit] of plan.perUnit.entries()) {
    const user = await makeUser(db, { role: "reporter", username: `r${i}`, unitIds: [unit.unitId] });
    const session = await sessionFor(t.app, db, user, [unit.unitId]);
    const [entry] = (await session.call("GET", "/api/inbox")).json();
    reporters.push({ session, reportId: entry.reportId, targetId: unit.targetId });
  }
});
afterAll(() => t.close());

describe("status cache staleness", () => {
  it("shows a report whose write committed after a later-stamped one (stamped earlier, committed later)", async () => {
    const [a, b] = reporters;
    await submit(b, 2);
    const before = await dashboard(); // cached under b's stamp, the newest
    // a's submit ran its statement before b's but committed after the read above: the database is left with
    // a's row changed and stamped just before b's, which is what the race leaves behind
    await submit(a, 2);
    await t.database.db
      .update(reports)
      .set({ changedAt: sql`${(await stampOf(b.reportId)).toISOString()}::timestamptz - interval '1 millisecond'` })
      .where(eq(reports.id, a.reportId));

    const after = await dashboard();
    const truth = await recomputed();
    expect(truth).not.toEqual(before);
    expect(after).toEqual(truth);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("shows a report whose transaction was still open while a later one committed and the dashboard was read (PostgreSQL)", async () => {
    const [, , c, d] = reporters;
    const draft = await c.session.call("PUT", `/api/reports/${c.reportId}`, { version: 1, progress: "已完成", values: [{ targetId: c.targetId, value: 2 }] });
    const pool = t.database.pool as NonNullable<typeof t.database.pool>;
    const slow = await pool.connect();
    try {
      await slow.query("begin");
      // what the submit's transaction does first; it has not committed yet
      await slow.query(
        `update reports set status = 'submitted', submissions = 1, first_submitted_at = now(), submitted_at = now(),
           version = version + 1, changed_at = clock_timestamp() where id = $1 and version = $2`,
        [c.reportId, draft.json().version],
      );
      await submit(d, 2); // stamped later, committed first
      const during = await dashboard();
      await slow.query("commit");
      const after = await dashboard();
      const truth = await recomputed();
      expect(truth).not.toEqual(during);
      expect(after).toEqual(truth);
    } finally {
      slow.release();
    }
  });

  it("treats a snapshot stored by an older code version (no format, old summary) as a miss", async () => {
    const truth = await dashboard();
    const [stored] = await t.database.db.select().from(statusSnapshots).where(eq(statusSnapshots.planId, planId));
    const olderKey = stored.key.replace(/^f\d+\|/, "");
    await t.database.db.update(statusSnapshots).set({ key: olderKey, summary: {} }).where(eq(statusSnapshots.planId, planId));
    expect(await dashboard()).toEqual(truth);
  });

  it("treats a malformed snapshot under the current key as a miss", async () => {
    const truth = await dashboard();
    await t.database.db.update(statusSnapshots).set({ summary: { all: { total: "many" } }, computedAt: rewritten }).where(eq(statusSnapshots.planId, planId));
    expect(await dashboard()).toEqual(truth);
    await supervisor.call("GET", `/api/status?planId=${planId}`);
    await t.database.db.update(statusSnapshots).set({ items: [{ itemId: 1 }], computedAt: rewritten }).where(eq(statusSnapshots.planId, planId));
    const items = (await supervisor.call("GET", `/api/status?planId=${planId}`)).json().items;
    expect(items).toHaveLength(reporters.length);
  });
});
