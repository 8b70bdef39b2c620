/**
 * Province scale (ARCHITECTURE.md quality bars): the synthetic province of bench/province/generate.ts,
 * then GET /api/dashboard through app.inject (first read after start, steady, right after a change), each beside
 * the raw SQL computing the same figures in the same run (bench/province/raw-figures.ts) with the ratio; the
 * draft bulletin view (time and statements); the deadline rush: every unit submitting at once, with p50/p99
 * and a check that every report landed exactly once; and the process's peak RSS. On PGlite at 1×; on PostgreSQL
 * at 1× and 3× the province when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server (a scratch database is
 * created there and dropped), so each figure's growth with the data can be read off side by side.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { buildApp } from "../src/server/app.ts";
import { type Database, type Db, openDatabase } from "../src/server/db/client.ts";
import { auditLog } from "../src/server/db/schema/audit.ts";
import { reportHistory, reports } from "../src/server/db/schema/reports.ts";
import { users } from "../src/server/db/schema/users.ts";
import { type Session } from "../test/helpers/app.ts";
import { fixedClock } from "../test/helpers/clock.ts";
import { createPostgresDatabase } from "../test/helpers/database.ts";
import { makeUser } from "../test/helpers/factories.ts";
import { sessionFor } from "../test/reporting/sessions.ts";
import { refreshStaleStatuses } from "../src/server/modules/status/status.queries.ts";
import { countReports, generateProvince, PROVINCE, PROVINCE_NOW, type Province } from "./province/generate.ts";
import { countStatements } from "../test/helpers/statements.ts";
import { describeLatency, percentile, timed } from "./province/measure.ts";
import { rawFigures } from "./province/raw-figures.ts";

export const name = "province scale: dashboard and deadline rush";

const GOALS = { dashboard: { pglite: 150, postgres: 50 }, ratio: 2, rushP99: 500, bulletinView: { ms: 500, statements: 20 } };
const STEADY_READS = 50;
const RESTARTS = 5;
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
  const [audits] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, "reports.submit"), inArray(auditLog.entityId, ids)));
  const lost = landed.filter((r) => r.status !== "submitted").length + (ids.length - landed.length);
  const duplicated = landed.filter((r) => r.submissions !== 1).length + (history.length - new Set(history.map((h) => h.reportId)).size) + Math.max(0, audits.n - ids.length);
  return { reporters, latencies, wallMs, errors, lost, duplicated };
}

/**
 * Reads the dashboard and the raw aggregates side by side, `n` times: both sets of samples. Which goes first
 * alternates (from `offset`), so neither always finds the database's caches warmed by the other.
 */
async function dashboardBesideRaw(supervisor: Session, db: Db, n: number, before?: (i: number) => Promise<void>, offset = 0) {
  const api: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < n; i++) {
    await before?.(i);
    const readRaw = async () => raw.push((await timed(() => rawFigures(db))).ms);
    if ((i + offset) % 2 === 1) await readRaw();
    api.push(await dashboardMs(supervisor));
    if ((i + offset) % 2 === 0) await readRaw();
  }
  return { api, raw };
}

/** "p95 12.3 ms beside raw SQL p95 6.1 ms: 2.0× (goal ≤ 2×: met)". */
function ratio(samples: { api: number[]; raw: number[] }, tail: 95 | 50 = 95): string {
  const label = `p${tail} `;
  const api = percentile(samples.api, tail);
  const raw = percentile(samples.raw, tail);
  const times = api / raw;
  return `${label}${api.toFixed(1)} ms beside raw SQL ${label}${raw.toFixed(1)} ms: ${times.toFixed(1)}× (goal ≤ ${GOALS.ratio}×: ${times <= GOALS.ratio ? "met" : "MISSED"})`;
}

/** Signs in the province's supervisor on an app (the session row is reused across restarts). */
async function supervisorOf(app: App, database: Database) {
  const [existing] = await database.db.select().from(users).where(eq(users.username, "province-supervisor"));
  const user = existing ?? (await makeUser(database.db, { role: "supervisor", username: "province-supervisor" }));
  return sessionFor(app, database.db, user, []);
}

/** Units submitting their drafts one at a time, the dashboard read after each: the cost of a read right after a change. */
async function afterChanges(app: App, database: Database, supervisor: Session, drafts: Province["drafts"]) {
  const reporters = await Promise.all(
    drafts.map(async (draft, i) => ({ ...draft, session: await sessionFor(app, database.db, await makeUser(database.db, { role: "reporter", username: `change${i}`, unitIds: [draft.unitId] }), [draft.unitId]) })),
  );
  return dashboardBesideRaw(supervisor, database.db, reporters.length, async (i) => {
    const submitted = await reporters[i].session.call("POST", `/api/reports/${reporters[i].reportId}/submit`, { version: 1 });
    if (submitted.statusCode !== 200) throw new Error(`submit answered ${submitted.statusCode}: ${submitted.body}`);
  });
}

async function measure(label: string, database: Database, goalMs: number, scale: number) {
  // the process's peak memory over the whole run, sampled every 100 ms
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    return { ...(await measureScale(label, database, goalMs, scale)), [`${label} at ${scale}×: peak RSS of the process`]: `${(peakRss / 1024 / 1024).toFixed(0)} MB` };
  } finally {
    clearInterval(sampler);
  }
}

async function measureScale(label: string, database: Database, goalMs: number, scale: number) {
  const built = await timed(() => generateProvince(database.db, scale));
  const province = built.result;
  const reportCount = await countReports(database.db);
  const clock = fixedClock(PROVINCE_NOW);
  const options = { db: database.db, clock, logger: false as const };
  const tasks = PROVINCE.plans * scale * PROVINCE.tasksPerPlan;
  const at = `${label} at ${scale}×`;
  let app = await buildApp(options);
  try {
    // the bulk load wrote no kept statuses: the first read keeps every plan (what the job does after a new day)
    const firstKeep = await dashboardMs(await supervisorOf(app, database));
    // first reads after a restart, RESTARTS times: of a bare app, and of one started as main.ts does it
    // (stale statuses kept first); the median of each beside the raw SQL read right after it
    const cold = { api: [] as number[], raw: [] as number[] };
    const firstRead = { api: [] as number[], raw: [] as number[] };
    for (let i = 0; i < RESTARTS; i++) {
      for (const [samples, warm] of [[cold, false], [firstRead, true]] as const) {
        await app.close();
        app = await buildApp(options);
        if (warm) await refreshStaleStatuses({ db: database.db, clock });
        const read = await dashboardBesideRaw(await supervisorOf(app, database), database.db, 1, undefined, i);
        samples.api.push(...read.api);
        samples.raw.push(...read.raw);
      }
    }
    const supervisor = await supervisorOf(app, database);
    const steady = await dashboardBesideRaw(supervisor, database.db, STEADY_READS);
    const changed = await afterChanges(app, database, supervisor, province.drafts.slice(0, READS_AFTER_CHANGE));
    const results: Record<string, string> = {
      [`${at}: province built (${PROVINCE.plans * scale} plans, ${tasks} tasks, ${province.unitIds.length} units)`]: `${(built.ms / 1000).toFixed(1)} s, ${reportCount} reports`,
      [`${at}: every plan's statuses kept from scratch (first read after a bulk load)`]: `${firstKeep.toFixed(0)} ms`,
      [`${at}: dashboard, first read of a bare new app (median of ${RESTARTS})`]: ratio(cold, 50),
      [`${at}: dashboard, first read after the server's start-up (median of ${RESTARTS})`]: ratio(firstRead, 50),
      [`${at}: dashboard, steady`]: `${describeLatency(steady.api, 95, goalMs)}; ${ratio(steady)}`,
      [`${at}: dashboard, right after a report is submitted`]: `${describeLatency(changed.api, 95, goalMs)}; ${ratio(changed)}`,
    };
    results[`${at}: draft bulletin view of the open round`] = await bulletinView(database, supervisor, province.openRoundId);
    const rush = await deadlineRush(app, database, { ...province, drafts: province.drafts.slice(READS_AFTER_CHANGE) });
    results[`${at}: deadline rush, ${rush.reporters.length} units at once`] = `${describeLatency(rush.latencies, 99, GOALS.rushP99)}, all in ${rush.wallMs.toFixed(0)} ms`;
    results[`${at}: deadline rush, errors / lost / duplicated`] = `${rush.errors.length} / ${rush.lost} / ${rush.duplicated}${rush.errors.length ? ` (first: ${rush.errors[0]})` : ""}`;
    return results;
  } finally {
    await app.close();
  }
}

export async function run(): Promise<Record<string, string | number>> {
  const pglite = await openDatabase({ memory: true });
  await pglite.migrate();
  const results = await measure("PGlite", pglite, GOALS.dashboard.pglite, 1).finally(() => pglite.close());
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { ...results, "PostgreSQL": "skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)" };
  for (const scale of [1, 3]) Object.assign(results, await onPostgres(serverUrl, (postgres) => measure("PostgreSQL", postgres, GOALS.dashboard.postgres, scale)));
  return results;
}

/** Runs `work` on a scratch database of the PostgreSQL server, dropped afterwards. */
async function onPostgres<T>(serverUrl: string, work: (database: Database) => Promise<T>): Promise<T> {
  const scratch = await createPostgresDatabase(serverUrl);
  try {
    const postgres = await openDatabase({ url: scratch.url });
    await postgres.migrate();
    return await work(postgres).finally(() => postgres.close());
  } finally {
    await scratch.drop();
  }
}
