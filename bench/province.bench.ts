/**
 * Province scale (ARCHITECTURE.md quality bars): the synthetic province of bench/province/generate.ts,
 * then GET /api/dashboard p50/p95 through app.inject, served from the cache and right after a change, and
 * the deadline rush: 300 units submitting at once, with p50/p99 and a check that every report landed
 * exactly once. On PGlite always; on PostgreSQL too when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 * server (a scratch database is created there and dropped).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { buildApp } from "../src/server/app.ts";
import { type Database, openDatabase } from "../src/server/db/client.ts";
import { auditLog } from "../src/server/db/schema/audit.ts";
import { reportHistory, reports } from "../src/server/db/schema/reports.ts";
import { type Session } from "../test/helpers/app.ts";
import { fixedClock } from "../test/helpers/clock.ts";
import { createPostgresDatabase } from "../test/helpers/database.ts";
import { makeUser } from "../test/helpers/factories.ts";
import { sessionFor } from "../test/reporting/sessions.ts";
import { countReports, generateProvince, PROVINCE, PROVINCE_NOW, type Province } from "./province/generate.ts";
import { countStatements, describeLatency, timed } from "./province/measure.ts";

export const name = "province scale: dashboard and deadline rush";

const GOALS = { dashboard: { pglite: 150, postgres: 50 }, rushP99: 500, bulletinView: { ms: 500, statements: 20 } };
const CACHED_READS = 50;
const READS_AFTER_CHANGE = 20;

type App = Awaited<ReturnType<typeof buildApp>>;

async function dashboardMs(supervisor: Session): Promise<number> {
  const { ms, result } = await timed(() => supervisor.call("GET", "/api/dashboard"));
  if (result.statusCode !== 200) throw new Error(`GET /api/dashboard answered ${result.statusCode}: ${result.body}`);
  return ms;
}

/** A draft bulletin of the open round (every plan of the province), then its view read back: time and statements. */
async function bulletinView(database: Database, supervisor: Session, roundId: string) {
  const drafted = await supervisor.call("POST", `/api/rounds/${roundId}/bulletin`, {});
  if (drafted.statusCode !== 201) throw new Error(`drafting the bulletin answered ${drafted.statusCode}: ${drafted.body}`);
  const { id } = drafted.json() as { id: string };
  const { statements, result } = await countStatements(database, () => timed(() => supervisor.call("GET", `/api/bulletins/${id}`)));
  if (result.result.statusCode !== 200) throw new Error(`GET /api/bulletins/:id answered ${result.result.statusCode}`);
  const { ms, statements: goal } = GOALS.bulletinView;
  const met = result.ms <= ms && statements <= goal;
  return `${result.ms.toFixed(0)} ms, ${statements} statements (goal ≤ ${ms} ms and ≤ ${goal} statements: ${met ? "met" : "MISSED"})`;
}

/** 300 units submit their drafts at the same moment; then every report must be submitted exactly once. */
async function deadlineRush(app: App, database: Database, province: Province) {
  const db = database.db;
  const reporters = await Promise.all(
    province.drafts.map(async (draft, i) => {
      const user = await makeUser(db, { role: "reporter", username: `rush${i}`, unitIds: [draft.unitId] });
      return { ...draft, session: await sessionFor(app, db, user, [draft.unitId]) };
    }),
  );
  const latencies: number[] = [];
  const started = performance.now();
  const answers = await Promise.all(
    reporters.map(async (r) => {
      const { ms, result } = await timed(() => r.session.call("POST", `/api/reports/${r.reportId}/submit`, { version: 1 }));
      latencies.push(ms);
      return result;
    }),
  );
  const wallMs = performance.now() - started;
  const errors = answers.filter((a) => a.statusCode !== 200).map((a) => `${a.statusCode} ${a.body.slice(0, 120)}`);
  const ids = reporters.map((r) => r.reportId);
  const landed = await db.select({ id: reports.id, status: reports.status, submissions: reports.submissions }).from(reports).where(inArray(reports.id, ids));
  const history = await db.select({ reportId: reportHistory.reportId }).from(reportHistory).where(and(inArray(reportHistory.reportId, ids), eq(reportHistory.action, "submit")));
  const [audits] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, "reports.submit"));
  const lost = landed.filter((r) => r.status !== "submitted").length + (ids.length - landed.length);
  const duplicated = landed.filter((r) => r.submissions !== 1).length + (history.length - new Set(history.map((h) => h.reportId)).size) + Math.max(0, audits.n - ids.length);
  return { reporters, latencies, wallMs, errors, lost, duplicated };
}

async function measure(label: string, database: Database, goalMs: number) {
  const built = await timed(() => generateProvince(database.db));
  const province = built.result;
  const reportCount = await countReports(database.db);
  const clock = fixedClock(PROVINCE_NOW);
  const app = await buildApp({ db: database.db, clock, logger: false });
  try {
    const supervisorUser = await makeUser(database.db, { role: "supervisor", username: "province-supervisor" });
    const supervisor = await sessionFor(app, database.db, supervisorUser, []);
    const firstRead = await dashboardMs(supervisor);
    const cached: number[] = [];
    for (let i = 0; i < CACHED_READS; i++) cached.push(await dashboardMs(supervisor));

    const bulletin = await bulletinView(database, supervisor, province.openRoundId);
    const rush = await deadlineRush(app, database, province);

    // a change: the supervisor accepts one rushed report, which makes that one plan's cached figures stale
    const afterChange: number[] = [];
    for (const r of rush.reporters.slice(0, READS_AFTER_CHANGE)) {
      const accepted = await supervisor.call("POST", `/api/reports/${r.reportId}/review`, { version: 2, decision: "accept", comment: "" });
      if (accepted.statusCode !== 200) throw new Error(`accept answered ${accepted.statusCode}: ${accepted.body}`);
      afterChange.push(await dashboardMs(supervisor));
    }
    return {
      [`${label}: province built (${PROVINCE.plans} plans, ${PROVINCE.plans * PROVINCE.tasksPerPlan} tasks, ${province.unitIds.length} units)`]: `${(built.ms / 1000).toFixed(1)} s, ${reportCount} reports`,
      [`${label}: dashboard, first read (every plan computed)`]: `${firstRead.toFixed(0)} ms`,
      [`${label}: dashboard, cached`]: describeLatency(cached, 95, goalMs),
      [`${label}: dashboard, after a report is accepted`]: describeLatency(afterChange, 95, goalMs),
      [`${label}: draft bulletin view of the open round`]: bulletin,
      [`${label}: deadline rush, ${rush.reporters.length} units at once`]: `${describeLatency(rush.latencies, 99, GOALS.rushP99)}, all in ${rush.wallMs.toFixed(0)} ms`,
      [`${label}: deadline rush, errors / lost / duplicated`]: `${rush.errors.length} / ${rush.lost} / ${rush.duplicated}${rush.errors.length ? ` (first: ${rush.errors[0]})` : ""}`,
    };
  } finally {
    await app.close();
  }
}

export async function run(): Promise<Record<string, string | number>> {
  const pglite = await openDatabase({ memory: true });
  await pglite.migrate();
  const results = await measure("PGlite", pglite, GOALS.dashboard.pglite).finally(() => pglite.close());
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { ...results, "PostgreSQL": "skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)" };
  const scratch = await createPostgresDatabase(serverUrl);
  try {
    const postgres = await openDatabase({ url: scratch.url });
    await postgres.migrate();
    return { ...results, ...(await measure("PostgreSQL", postgres, GOALS.dashboard.postgres).finally(() => postgres.close())) };
  } finally {
    await scratch.drop();
  }
}
