import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../../test/reporting/world.ts";
import { statusSnapshots } from "../../db/schema/status-snapshots.ts";
import { mergePlanSummaries, regionOf, summarisePlan } from "../../../core/domain/rollup/plan-summary.ts";

let w: ReportingWorld;
const itemsShown = async () => (await (await w.as("supervisor")).call("GET", `/api/status?planId=${w.planId}`)).json().items.length;
/** Rewrites the cached snapshot empty behind the API's back (as another server would, so a new write time), so serving it shows up as zero items. */
const tamper = () =>
  w.t.database.db.update(statusSnapshots).set({ items: [], computedAt: sql`computed_at + interval '1 second'` }).where(eq(statusSnapshots.planId, w.planId));

beforeAll(async () => {
  w = await createReportingWorld();
});
afterAll(() => w.t.close());

describe("cached statuses", () => {
  it("serve the snapshot while nothing changed, and recompute after a report, an override, a setting or a new day", async () => {
    const all = await itemsShown();
    expect(all).toBeGreaterThan(0);
    await tamper();
    expect(await itemsShown()).toBe(0);

    const opened = await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
    expect(opened.statusCode).toBe(201);
    expect(await itemsShown()).toBe(all);

    await tamper();
    const fgw = await w.as("fgw");
    const [entry] = (await fgw.call("GET", "/api/inbox")).json();
    const saved = await fgw.call("PUT", `/api/reports/${entry.reportId}`, { version: 1, progress: "推进中", values: [] });
    expect(saved.statusCode).toBe(200);
    expect(await itemsShown()).toBe(all);

    await tamper();
    await w.supervisor.call("POST", "/api/status/overrides", { itemId: entry.itemId, status: "amber", reason: "数据待核实" });
    expect(await itemsShown()).toBe(all);

    await tamper();
    const admin = await w.as("admin");
    const settings = (await admin.call("GET", "/api/settings")).json();
    await admin.call("PUT", "/api/settings", { ...settings, tolerance: 0.08, email: { ...settings.email, password: "" } });
    expect(await itemsShown()).toBe(all);

    await tamper();
    const target = w.items["二/1"].targets[0] as { id: string; version?: number };
    const edited = await (await w.as("supervisor")).call("PATCH", `/api/plans/${w.planId}/targets/${target.id}`, { version: target.version, baseline: 3 });
    expect(edited.statusCode).toBe(200);
    expect(await itemsShown()).toBe(all);

    await tamper();
    w.t.clock.set("2025-09-16T09:00:00+08:00");
    w.forgetSessions();
    expect(await itemsShown()).toBe(all);
  });

  it("gives the dashboard the same figures from the cached summary as from the items", async () => {
    const supervisor = await w.as("supervisor");
    const { items } = (await supervisor.call("GET", `/api/status?planId=${w.planId}`)).json();
    type Unit = { id: string; name: string; parentId: string | null; kind: string };
    const units = new Map<string, Unit>((await supervisor.call("GET", "/api/units")).json().map((u: Unit) => [u.id, u]));
    const expected = mergePlanSummaries(
      [{ planId: w.planId, title: "鄂州市工业稳增长工作方案(2024—2025年)", summary: summarisePlan(items, (u) => regionOf(u, units)) }],
      (id) => units.get(id)?.name ?? "",
    );
    const { asOf: _asOf, rules: _rules, ...dashboard } = (await supervisor.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
    expect(dashboard).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(dashboard.total).toBe(items.length);
  });

  it("counts a unit's new region in the unfiltered dashboard at once, as the same request filtered by that unit does", async () => {
    const admin = await w.as("admin");
    const fgw = (await admin.call("GET", "/api/units")).json().find((u: { id: string }) => u.id === w.units.fgw);
    const before = (await admin.call("GET", `/api/dashboard?planId=${w.planId}`)).json();
    expect(before.byRegion.map((r: { region: string }) => r.region)).not.toContain("某某区");
    const made = await admin.call("PATCH", `/api/units/${w.units.fgw}`, { version: fgw.version, name: "某某区", kind: "region", parentId: null });
    expect(made.statusCode, made.body).toBe(200);
    const regions = async (query: string) => (await admin.call("GET", `/api/dashboard?planId=${w.planId}${query}`)).json().byRegion.map((r: { region: string }) => r.region);
    expect(await regions(`&unitId=${w.units.fgw}`)).toContain("某某区");
    expect(await regions("")).toContain("某某区");
  });

  it("leaves the period view live, never cached", async () => {
    await tamper();
    const earlier = (await (await w.as("supervisor")).call("GET", `/api/status?planId=${w.planId}&period=2025-08`)).json();
    expect(earlier.items.length).toBeGreaterThan(0);
  });
});
