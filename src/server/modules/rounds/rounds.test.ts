import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous } from "../../../../test/helpers/app.ts";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";
import { reports } from "../../db/schema/reports.ts";

let w: ReportingWorld;
let roundId: string;
const someId = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  w = await createReportingWorld();
  roundId = (await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" })).json().id;
});
afterAll(() => w.t.close());

describe("every reporting route needs a session", () => {
  it.each([
    ["GET", "/api/rounds"],
    ["GET", `/api/rounds/${someId}`],
    ["POST", "/api/rounds"],
    ["POST", `/api/rounds/${someId}/close`],
    ["GET", "/api/inbox"],
    ["GET", "/api/reviews"],
    ["GET", `/api/reports/${someId}`],
    ["PUT", `/api/reports/${someId}`],
    ["POST", `/api/reports/${someId}/submit`],
    ["POST", `/api/reports/${someId}/review`],
    ["POST", `/api/reports/${someId}/contributions`],
    ["GET", "/api/status"],
    ["POST", "/api/status/overrides"],
    ["GET", `/api/targets/${someId}/series`],
    ["GET", "/api/dashboard"],
    ["GET", "/api/notifications"],
    ["POST", `/api/notifications/${someId}/read`],
    ["GET", "/api/settings"],
    ["PUT", "/api/settings"],
  ] as const)("%s %s → 401", async (method, url) => {
    const response = await anonymous(w.t.app, method, url, method === "GET" ? undefined : {});
    expect(response.statusCode).toBe(401);
  });
});

describe("the OpenAPI document", () => {
  it("lists the reporting routes", async () => {
    const spec = (await anonymous(w.t.app, "GET", "/api/docs/json")).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/api/rounds", "/api/inbox", "/api/reports/{id}/submit", "/api/status", "/api/dashboard", "/api/settings", "/api/notifications"]),
    );
  });
});

describe("settings", () => {
  it("are for the admin only, and validate what they take", async () => {
    expect((await w.supervisor.call("GET", "/api/settings")).statusCode).toBe(403);
    const admin = await w.as("admin");
    const current = (await admin.call("GET", "/api/settings")).json();
    expect((await w.supervisor.call("PUT", "/api/settings", { ...current, email: { ...current.email, password: "" } })).statusCode).toBe(403);
    const bad = await admin.call("PUT", "/api/settings", { ...current, tolerance: 3 });
    expect(bad.statusCode).toBe(400);
    const withSecret = { ...current, tolerance: 0.1, email: { enabled: false, host: "smtp.example.gov.cn", port: 465, secure: true, user: "luoshi", password: "s3cret", from: "luoshi@example.gov.cn" } };
    const saved = await admin.call("PUT", "/api/settings", withSecret);
    expect(saved.json()).toMatchObject({ tolerance: 0.1, email: { host: "smtp.example.gov.cn", passwordSet: true } });
    expect(saved.body).not.toContain("s3cret");
    const kept = await admin.call("PUT", "/api/settings", { ...withSecret, email: { ...withSecret.email, password: "" } });
    expect(kept.json().email.passwordSet).toBe(true);
    await admin.call("PUT", "/api/settings", { ...withSecret, tolerance: 0.05 });
  });

  it("lets a user set only their own e-mail unless admin", async () => {
    const jxj = await w.as("jxj");
    const fgw = await w.as("fgw");
    expect((await jxj.call("PUT", `/api/users/${fgw.user.id}/contact`, { email: "x@example.gov.cn" })).statusCode).toBe(403);
    expect((await jxj.call("PUT", `/api/users/${jxj.user.id}/contact`, { email: "not an address" })).statusCode).toBe(400);
  });
});

describe("closing a round", () => {
  it("is for supervisors, and stops drafts and submissions", async () => {
    expect((await (await w.as("jxj")).call("POST", `/api/rounds/${roundId}/close`)).statusCode).toBe(403);
    expect((await w.supervisor.call("GET", `/api/rounds/${someId}`)).statusCode).toBe(404);
    const closed = await w.supervisor.call("POST", `/api/rounds/${roundId}/close`);
    expect(closed.json()).toMatchObject({ status: "closed", closedAt: expect.any(String) });
    expect((await w.supervisor.call("POST", `/api/rounds/${roundId}/close`)).json().error.code).toBe("rounds.closed");
    const jxj = await w.as("jxj");
    expect((await jxj.call("GET", "/api/inbox")).json()).toEqual([]);
    const [report] = await w.t.database.db.select().from(reports).where(and(eq(reports.roundId, roundId), eq(reports.unitId, w.units.jxj)));
    const late = await jxj.call("PUT", `/api/reports/${report.id}`, { version: report.version, progress: "补报", values: [] });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe("reports.round_closed");
  });
});
