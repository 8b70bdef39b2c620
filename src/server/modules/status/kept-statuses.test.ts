import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countStatements } from "../../../../test/helpers/statements.ts";
import { SAMPLE_PLAN } from "../../../../test/helpers/documents.ts";
import { createReportingWorld, publishPlan, type ReportingWorld } from "../../../../test/reporting/world.ts";
import { dashboardFigures, groupItems } from "../../../core/domain/rollup/figures.ts";
import { regionOf, type UnitTree } from "../../../core/domain/units/region.ts";
import { planStatuses } from "../../db/schema/statuses.ts";

let w: ReportingWorld;

type Unit = { id: string; name: string; parentId: string | null; kind: string; version: number };

/** What a supervisor sees of the plan: its statuses and its dashboard (the day they are "as of" left out). */
async function views() {
  const supervisor = await w.as("supervisor");
  const status = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json();
  const { asOf: _asOf, ...dashboard } = (await supervisor.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
  const fgw = (await (await w.as("fgw")).call("GET", "/api/status")).json();
  return { items: status.items, tolerance: status.tolerance, dashboard, reporterItems: fgw.items };
}

/** The same views after throwing the kept rows away, so every status is computed from scratch by the core rules. */
async function fromScratch() {
  await w.t.database.db.delete(planStatuses);
  return views();
}

/** After each input changes, what was kept equals what a computation from scratch gives. */
async function expectKeptEqualsScratch() {
  const kept = await views();
  expect(kept).toEqual(await fromScratch());
  return kept;
}

const entryOf = async (username: "fgw" | "jxj" | "czj") => {
  const session = await w.as(username);
  const inbox = (await session.call("GET", "/api/inbox")).json();
  return { session, entry: inbox[0] as { reportId: string; itemId: string } };
};

beforeAll(async () => {
  w = await createReportingWorld({ now: "2025-09-10T09:00:00+08:00" });
});
afterAll(() => w.t.close());

describe("kept statuses", () => {
  it("equal a computation from scratch after each input changes in turn", async () => {
    const start = await expectKeptEqualsScratch();
    expect(start.items.length).toBeGreaterThan(0);

    const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
    expect(opened.statusCode).toBe(201);
    await expectKeptEqualsScratch();

    // a report: draft, submitted, accepted, another returned
    const { session: fgw, entry } = await entryOf("fgw");
    const item = Object.values(w.items).find((i) => i.id === entry.itemId);
    const values = (item?.targets ?? []).map((t) => ({ targetId: t.id, value: 1 }));
    const draft = await fgw.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "推进中", values });
    expect(draft.statusCode, draft.body).toBe(200);
    await expectKeptEqualsScratch();
    const submitted = await fgw.call("POST", `/api/reports/${entry.reportId}/submit`, { version: draft.json().version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const afterSubmit = await expectKeptEqualsScratch();
    expect(afterSubmit.items).not.toEqual(start.items);
    const accepted = await w.supervisor.call("POST", `/api/reports/${entry.reportId}/review`, { version: submitted.json().version, decision: "accept", comment: "" });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await expectKeptEqualsScratch();

    // overrides on an item and on a target
    await w.supervisor.call("POST", "/api/status/overrides", { itemId: entry.itemId, status: "amber", reason: "数据待核实" });
    const afterOverride = await expectKeptEqualsScratch();
    expect(afterOverride.items.find((i: { itemId: string }) => i.itemId === entry.itemId).overridden).toBe(true);
    const target = w.items["二/1"].targets[0] as { id: string; version?: number };
    await w.supervisor.call("POST", "/api/status/overrides", { targetId: target.id, status: "red", reason: "核查发现问题" });
    await expectKeptEqualsScratch();

    // a target edit and a milestone
    const edited = await w.supervisor.call("PATCH", `/api/plans/${w.planId}/targets/${target.id}`, { version: target.version, baseline: 3 });
    expect(edited.statusCode, edited.body).toBe(200);
    await expectKeptEqualsScratch();
    const milestone = await w.supervisor.call("PATCH", `/api/plans/${w.planId}/targets/${target.id}`, {
      version: edited.json().version,
      milestones: [{ date: "2025-06-30", value: 12 }],
    });
    expect(milestone.statusCode, milestone.body).toBe(200);
    await expectKeptEqualsScratch();

    // an item's units: 二/1 loses its support unit
    const detail = (await w.supervisor.call("GET", `/api/plans/${w.planId}`)).json();
    const planItem = detail.items.find((i: { key: string }) => i.key === "二/1");
    const assigned = await w.supervisor.call("PUT", `/api/plans/${w.planId}/items/${planItem.id}/assignments`, {
      version: planItem.version,
      lead: ["市经信局"],
      support: [],
      owners: [],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await expectKeptEqualsScratch();

    // the tolerance, a unit's place in the directory, and the day
    const admin = await w.as("admin");
    const settings = (await admin.call("GET", "/api/settings")).json();
    expect((await admin.call("PUT", "/api/settings", { ...settings, tolerance: 0.2, email: { ...settings.email, password: "" } })).statusCode).toBe(200);
    const afterTolerance = await expectKeptEqualsScratch();
    expect(afterTolerance.tolerance).toBe(0.2);
    const jxj = (await admin.call("GET", "/api/units")).json().find((u: Unit) => u.id === w.units.jxj);
    expect((await admin.call("PATCH", `/api/units/${w.units.jxj}`, { version: jxj.version, name: "某某区", kind: "region", parentId: null })).statusCode).toBe(200);
    await expectKeptEqualsScratch();
    w.t.clock.set("2025-09-25T09:00:00+08:00");
    w.forgetSessions();
    const late = await expectKeptEqualsScratch();
    expect(late.dashboard.overdueTotal).toBeGreaterThan(0);
  });

  it("give the dashboard the same figures by SQL as the core's grouping of the items", async () => {
    const supervisor = await w.as("supervisor");
    const { items } = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json();
    const units: UnitTree = new Map((await supervisor.call("GET", "/api/units")).json().map((u: Unit) => [u.id, u]));
    const groups = groupItems(
      items.map((i: object, position: number) => ({ ...i, position })),
      (u) => regionOf(u, units),
      (u) => units.get(u)?.name ?? "",
    );
    const expected = dashboardFigures([{ planId: w.planId, title: "鄂州市工业稳增长工作方案(2024—2025年)" }], groups);
    const { asOf: _asOf, rules: _rules, ...dashboard } = (await supervisor.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
    expect(dashboard).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(dashboard.total).toBe(items.length);
  });

  it("count a unit's new region in the unfiltered dashboard at once, as the same request filtered by that unit does", async () => {
    const admin = await w.as("admin");
    const fgw = (await admin.call("GET", "/api/units")).json().find((u: { id: string }) => u.id === w.units.fgw);
    const before = (await admin.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
    expect(before.byRegion.map((r: { region: string }) => r.region)).not.toContain("另一区");
    const made = await admin.call("PATCH", `/api/units/${w.units.fgw}`, { version: fgw.version, name: "另一区", kind: "region", parentId: null });
    expect(made.statusCode, made.body).toBe(200);
    const regions = async (query: string) => (await admin.call("GET", `/api/dashboard?planId=${w.planId}${query}`)).json().byRegion.map((r: { region: string }) => r.region);
    expect(await regions(`&unitId=${w.units.fgw}`)).toContain("另一区");
    expect(await regions("")).toContain("另一区");
  });

  it("compute a past period afresh, as of its end", async () => {
    const earlier = (await (await w.as("supervisor")).call("GET", `/api/status?planId=${w.planId}&period=2025-08`)).json();
    expect(earlier.asOf).toBe("2025-08-31");
    expect(earlier.items.length).toBeGreaterThan(0);
  });

  it("cost the dashboard the same few statements however many plans are published, once they are kept", async () => {
    const supervisor = await w.as("supervisor");
    const statementsOfDashboard = async () => {
      await supervisor.call("GET", "/api/dashboard"); // keeps whatever is stale first
      const { statements, result } = await countStatements(w.t.database, () => supervisor.call("GET", "/api/dashboard"));
      expect(result.statusCode).toBe(200);
      return { statements, plans: result.json().byPlan.length };
    };
    const before = await statementsOfDashboard();
    for (const n of [2, 3]) await publishPlan(supervisor, SAMPLE_PLAN.replace("鄂州市", `第${n}市`), { names: { 市经信局: w.units.jxj, 市财政局: w.units.czj, 市发改委: w.units.fgw } });
    const after = await statementsOfDashboard();
    expect(after.plans).toBe(before.plans + 2);
    expect(after.statements).toBe(before.statements);
    expect(after.statements).toBeLessThanOrEqual(10); // the session, the settings, the freshness check, five aggregates
  });
});
