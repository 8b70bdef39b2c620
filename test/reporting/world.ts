/**
 * A reporting world for tests: units, one user per role and unit, and a published plan imported through the
 * real API (SAMPLE_PLAN unless another text is given), every unit name resolved to the directory.
 */
import { expect } from "vitest";
import { createTestApp, type Session, signIn, type TestApp } from "../helpers/app.ts";
import { SAMPLE_PLAN } from "../helpers/documents.ts";
import { makeUnit, makeUser } from "../helpers/factories.ts";

/** The items of SAMPLE_PLAN a round asks about, by key. */
export interface PlanItem {
  id: string;
  key: string;
  targets: { id: string; quote: string; kind: string }[];
}

/** What the world holds. */
export interface ReportingWorld {
  t: TestApp;
  planId: string;
  items: Record<string, PlanItem>;
  units: Record<"jxj" | "czj" | "fgw", string>;
  supervisor: Session;
  /** signs in as a user made by the world: admin, supervisor, viewer, jxj, czj, fgw (sessions are reused) */
  as(username: string): Promise<Session>;
  /** drops the reused sessions, e.g. after moving the clock past their lifetime */
  forgetSessions(): void;
}

/**
 * Imports and publishes a plan as the supervisor. Names the directory does not know are mapped through
 * `names` (name → unit id) or created as new units; `beforePublish` may still edit the draft.
 */
export async function publishPlan(
  supervisor: Session,
  text: string,
  options: { names?: Record<string, string>; beforePublish?: (planId: string) => Promise<void> } = {},
): Promise<string> {
  const imported = await supervisor.call("POST", "/api/plans/import", { text, fileName: "方案.txt" });
  expect(imported.statusCode).toBe(201);
  const planId: string = imported.json().plan.id;
  const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
  for (const unit of detail.units as { name: string; unitId: string | null }[]) {
    if (unit.unitId) continue;
    const known = options.names?.[unit.name];
    const body = known ? { name: unit.name, unitId: known } : { name: unit.name, create: { name: unit.name } };
    const resolved = await supervisor.call("POST", `/api/plans/${planId}/units/resolve`, body);
    expect(resolved.statusCode).toBe(200);
  }
  await options.beforePublish?.(planId);
  const published = await supervisor.call("POST", `/api/plans/${planId}/publish`, {});
  expect(published.statusCode).toBe(200);
  return planId;
}

/** Builds the world on a fresh database with the clock at `now`. */
export async function createReportingWorld(
  options: { now?: string; text?: string; names?: Record<string, "jxj" | "czj" | "fgw">; beforePublish?: (planId: string, supervisor: Session) => Promise<void> } = {},
): Promise<ReportingWorld> {
  const t = await createTestApp();
  if (options.now) t.clock.set(options.now);
  const db = t.database.db;
  const city = await makeUnit(db, { name: "市政府", kind: "government" });
  const jxj = await makeUnit(db, { name: "市经济和信息化局", parentId: city.id, aliases: ["市经信局", "经信局"] });
  const czj = await makeUnit(db, { name: "市财政局", parentId: city.id });
  const fgw = await makeUnit(db, { name: "市发改委", parentId: city.id });
  await makeUser(db, { role: "admin" });
  await makeUser(db, { role: "supervisor", displayName: "督查室" });
  await makeUser(db, { role: "viewer" });
  await makeUser(db, { role: "reporter", username: "jxj", displayName: "经信局填报员", unitIds: [jxj.id] });
  await makeUser(db, { role: "reporter", username: "czj", displayName: "财政局填报员", unitIds: [czj.id] });
  await makeUser(db, { role: "reporter", username: "fgw", displayName: "发改委填报员", unitIds: [fgw.id] });
  const supervisor = await signIn(t.app, "supervisor");
  const ids = { jxj: jxj.id, czj: czj.id, fgw: fgw.id };
  const names = Object.fromEntries(Object.entries(options.names ?? {}).map(([name, key]) => [name, ids[key]]));
  const before = options.beforePublish;
  const planId = await publishPlan(supervisor, options.text ?? SAMPLE_PLAN, { names, beforePublish: before && ((id) => before(id, supervisor)) });
  const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
  const items = Object.fromEntries((detail.items as PlanItem[]).map((i) => [i.key, i]));
  const sessions = new Map<string, Session>();
  const world: ReportingWorld = {
    t,
    planId,
    items,
    units: ids,
    supervisor,
    forgetSessions() {
      sessions.clear();
    },
    async as(username) {
      const existing = sessions.get(username);
      if (existing) return existing;
      const session = await signIn(t.app, username);
      sessions.set(username, session);
      if (username === "supervisor") world.supervisor = session;
      return session;
    },
  };
  return world;
}
