/**
 * A database that drops its connections under load (failover, restart, an operator's pg_terminate_backend)
 * is an outage of seconds: requests in flight get 503 database.unavailable with a retry hint, none a 500, the
 * process lives, and it serves again at once. PostgreSQL only: the embedded database has no connections to cut.
 */
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../test/reporting/world.ts";
import { queryRows } from "./client.ts";

const serverUrl = process.env.TEST_DATABASE_URL;
let w: ReportingWorld;

beforeAll(async () => {
  if (!serverUrl) return;
  w = await createReportingWorld({ now: "2025-09-10T09:00:00+08:00" });
  const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  expect(opened.statusCode).toBe(201);
});
afterAll(() => w?.t.close());

/** Terminates every backend of the app's database but this one (the app's pool connections). */
async function cutConnections(): Promise<number> {
  const [{ name }] = await queryRows<{ name: string }>(w.t.database.db, sql`select current_database() as name`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const result = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name]);
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!serverUrl)("when PostgreSQL drops the app's connections under load", () => {
  it("answers 503 with a retry hint instead of failing, stays up, and serves again within 2 s", async () => {
    const supervisor = await w.as("supervisor");
    const fgw = await w.as("fgw");
    const [entry] = (await fgw.call("GET", "/api/inbox")).json() as { reportId: string }[];
    const answers: { status: number; retryAfter?: string; code?: string }[] = [];
    let loading = true;
    // eight clients reading and writing in a loop while the connections are cut
    const clients = Array.from({ length: 8 }, (_, i) =>
      (async () => {
        while (loading) {
          const response =
            i % 2 === 0
              ? await supervisor.call("GET", "/api/dashboard")
              : await supervisor.call("POST", "/api/status/overrides", { itemId: w.items["二/1"].id, status: "amber", reason: `核实中 ${i}` });
          answers.push({ status: response.statusCode, retryAfter: response.headers["retry-after"] as string | undefined, code: response.json()?.error?.code });
        }
      })(),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cutConnections()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    loading = false;
    await Promise.all(clients);

    const failed = answers.filter((a) => a.status >= 500);
    expect(failed.every((a) => a.status === 503 && a.code === "database.unavailable" && a.retryAfter === "2"), JSON.stringify(failed.slice(0, 3))).toBe(true);
    const cutAt = Date.now();
    let served = await supervisor.call("GET", "/api/dashboard");
    while (served.statusCode !== 200 && Date.now() - cutAt < 2000) served = await supervisor.call("GET", "/api/dashboard");
    expect(served.statusCode).toBe(200);
    expect((await fgw.call("GET", `/api/reports/${entry.reportId}`)).statusCode).toBe(200);
    // no connection is left lent out (one that never came back would shrink the pool for good)
    const pool = w.t.database.pool as pg.Pool;
    await expect.poll(() => pool.totalCount - pool.idleCount, { timeout: 3000 }).toBe(0);
  });
});
