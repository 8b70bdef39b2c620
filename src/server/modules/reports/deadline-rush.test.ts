import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";
import { insertBulkPlan } from "../../../../test/reporting/bulk-plan.ts";
import { sessionFor } from "../../../../test/reporting/sessions.ts";
import { auditLog } from "../../db/schema/audit.ts";
import { reportHistory, reports } from "../../db/schema/reports.ts";

const UNITS = 300;
let t: TestApp;
let roundId: string;
const reporters: { session: Session; reportId: string; targetId: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const unitIds: string[] = [];
  for (let i = 1; i <= UNITS; i++) unitIds.push((await makeUnit(db, { name: `测试单位${i}` })).id);
  const plan = await insertBulkPlan(db, unitIds);
  await makeUser(db, { role: "supervisor" });
  const supervisor = await signIn(t.app, "supervisor");
  const opened = await supervisor.call("POST", "/api/rounds", { planIds: [plan.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  expect(opened.json().reportCount).toBe(UNITS);
  roundId = opened.json().id;
  for (const [i, unit] of plan.perUnit.entries()) {
    const user = await makeUser(db, { role: "reporter", username: `r${i}`, unitIds: [unit.unitId] });
    const session = await sessionFor(t.app, db, user, [unit.unitId]);
    const [entry] = (await session.call("GET", "/api/inbox")).json();
    reporters.push({ session, reportId: entry.reportId, targetId: unit.targetId });
  }
}, 600_000);
afterAll(() => t.close());

describe("deadline rush", () => {
  it(`lands ${UNITS} reports submitted at the same moment, each exactly once`, async () => {
    const drafts = await Promise.all(
      reporters.map((r, i) =>
        r.session.call("PUT", `/api/reports/${r.reportId}`, { version: 1, progress: `第${i + 1}单位进展`, values: [{ targetId: r.targetId, value: (i % 3) + 1 }] }),
      ),
    );
    expect(drafts.map((d) => d.statusCode)).toEqual(reporters.map(() => 200));
    const started = performance.now();
    const latencies: number[] = [];
    const submits = await Promise.all(
      reporters.map(async (r, i) => {
        const begin = performance.now();
        const response = await r.session.call("POST", `/api/reports/${r.reportId}/submit`, { version: drafts[i].json().version });
        latencies.push(performance.now() - begin);
        return response;
      }),
    );
    const elapsed = performance.now() - started;
    expect(submits.filter((s) => s.statusCode !== 200).map((s) => s.body)).toEqual([]);
    latencies.sort((a, b) => a - b);
    console.log(`${UNITS} concurrent submits in ${elapsed.toFixed(0)} ms; p99 ${latencies[Math.floor(UNITS * 0.99) - 1].toFixed(0)} ms`);

    const db = t.database.db;
    const rows = await db.select().from(reports).where(eq(reports.roundId, roundId));
    expect(rows).toHaveLength(UNITS);
    expect(rows.every((r) => r.status === "submitted" && r.submissions === 1)).toBe(true);
    const history = await db.select().from(reportHistory).where(eq(reportHistory.action, "submit"));
    expect(history).toHaveLength(UNITS);
    expect(new Set(history.map((h) => h.reportId)).size).toBe(UNITS);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "reports.submit"));
    expect(audits).toHaveLength(UNITS);
    const round = (await (await signIn(t.app, "supervisor")).call("GET", `/api/rounds/${roundId}`)).json();
    expect(round).toMatchObject({ submittedCount: UNITS, owing: [] });
  });

  it("lets exactly one of five simultaneous submissions of the same version through; the rest get 409", async () => {
    const r = reporters[0];
    const returned = await (await signIn(t.app, "supervisor")).call("POST", `/api/reports/${r.reportId}/review`, {
      version: (await r.session.call("GET", `/api/reports/${r.reportId}`)).json().report.version,
      decision: "return",
      comment: "补充说明",
    });
    const version = returned.json().version;
    const racing = await Promise.all(Array.from({ length: 5 }, () => r.session.call("POST", `/api/reports/${r.reportId}/submit`, { version })));
    expect(racing.map((x) => x.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    const history = await t.database.db.select().from(reportHistory).where(eq(reportHistory.reportId, r.reportId));
    expect(history.filter((h) => h.action === "submit")).toHaveLength(2);
  });
});
