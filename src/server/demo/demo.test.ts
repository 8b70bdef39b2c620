import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signIn, type TestApp } from "../../../test/helpers/app.ts";
import { type DemoResult, loadDemoData } from "./demo.ts";

let t: TestApp;
let first: DemoResult;
beforeAll(async () => {
  t = await createTestApp();
  first = await loadDemoData({ db: t.database.db, clock: t.clock, password: "demo-password-1" });
});
afterAll(() => t.close());

describe("demo data", () => {
  it("creates one user per role and publishes the five seeds with every unit name resolved", async () => {
    expect(first).toMatchObject({ loaded: true, plans: 5 });
    const supervisor = await signIn(t.app, "supervisor", "demo-password-1");
    const plans = (await supervisor.call("GET", "/api/plans")).json();
    expect(plans).toHaveLength(5);
    expect(plans.every((plan: { status: string }) => plan.status === "published")).toBe(true);
    for (const plan of plans) {
      const detail = (await supervisor.call("GET", `/api/plans/${plan.id}`)).json();
      expect(detail.units.filter((unit: { unitId: string | null }) => unit.unitId === null)).toEqual([]);
    }
    for (const username of ["admin", "viewer", "reporter"]) {
      await expect(signIn(t.app, username, "demo-password-1")).resolves.toBeTruthy();
    }
  });

  it("gives the reporter of 市经信局 the plans naming it and only its items", async () => {
    const reporter = await signIn(t.app, "reporter", "demo-password-1");
    const plans = (await reporter.call("GET", "/api/plans")).json();
    expect(plans.length).toBeGreaterThan(0);
    const detail = (await reporter.call("GET", `/api/plans/${plans[0].id}`)).json();
    expect(detail.items.length).toBeGreaterThan(0);
    for (const item of detail.items) {
      expect(item.assignments.some((a: { unitId: string }) => reporter.user.unitIds.includes(a.unitId))).toBe(true);
    }
  });

  it("does nothing on a database that already has users", async () => {
    expect(await loadDemoData({ db: t.database.db, clock: t.clock })).toEqual({ loaded: false });
  });
});
