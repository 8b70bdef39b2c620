import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { SAMPLE_PLAN } from "../../../../test/helpers/documents.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";

interface Item {
  id: string;
  key: string;
  version: number;
  heading: string | null;
  parentId: string | null;
  span: [number, number] | null;
  assignments: { role: string; name: string; unitId: string | null }[];
  targets: { id: string; version: number; value: number; kind: string; quote: string; deadline: string | null }[];
}

let t: TestApp;
let supervisor: Session;
let planId: string;
let jxjId: string;
const item = async (key: string): Promise<Item> => {
  const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
  return detail.items.find((entry: Item) => entry.key === key);
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const city = await makeUnit(db, { name: "市政府", kind: "government" });
  jxjId = (await makeUnit(db, { name: "市经济和信息化局", parentId: city.id, aliases: ["市经信局"] })).id;
  const czj = await makeUnit(db, { name: "市财政局", parentId: city.id });
  await makeUser(db, { role: "admin" });
  await makeUser(db, { role: "supervisor" });
  await makeUser(db, { role: "supervisor", username: "supervisor2" });
  await makeUser(db, { role: "viewer" });
  await makeUser(db, { role: "reporter", unitIds: [jxjId] });
  await makeUser(db, { role: "reporter", username: "czj", unitIds: [czj.id] });
  supervisor = await signIn(t.app, "supervisor");
  const imported = await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN, fileName: "方案.txt" });
  expect(imported.statusCode).toBe(201);
  planId = imported.json().plan.id;
});
afterAll(() => t.close());

describe("GET /api/plans and /api/plans/:id", () => {
  it("lists the draft for a supervisor with its counts", async () => {
    const plans = (await supervisor.call("GET", "/api/plans")).json();
    expect(plans).toEqual([
      expect.objectContaining({
        id: planId,
        title: "鄂州市工业稳增长工作方案(2024—2025年)",
        status: "draft",
        version: 1,
        revision: 1,
        counts: { items: 5, targets: 3, units: 4 },
      }),
    ]);
  });

  it("returns the text, the outline with spans, targets with kinds and deadlines, and unit resolutions", async () => {
    const detail = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
    expect(detail.text).toBe(SAMPLE_PLAN);
    expect(detail.items.map((entry: Item) => entry.key)).toEqual(["一", "一/(一)", "二", "二/1", "二/2"]);
    const task = detail.items.find((entry: Item) => entry.key === "二/1");
    expect(task.parentId).toBe(detail.items.find((entry: Item) => entry.key === "二").id);
    expect(detail.text.slice(task.span[0], task.span[1])).toContain("推进技术改造");
    expect(task.assignments).toEqual([
      expect.objectContaining({ role: "lead", name: "市经信局", unitId: jxjId }),
      expect.objectContaining({ role: "support", name: "市财政局", unitId: expect.any(String) }),
    ]);
    expect(task.targets[0]).toMatchObject({ value: 20, unit: "家", cmp: ">=", kind: "increment", deadline: "2025-12-31" });
    const growth = detail.items.find((entry: Item) => entry.key === "一/(一)").targets[0];
    expect(growth).toMatchObject({ kind: "growth", value: 8 });
    const byName = Object.fromEntries(detail.units.map((u: { name: string }) => [u.name, u]));
    expect(byName["市经信局"]).toMatchObject({ unitId: jxjId, how: "alias" });
    expect(byName["市财政局"]).toMatchObject({ how: "exact" });
    expect(byName["经信局"]).toMatchObject({ unitId: null, how: null });
    expect(byName["经信局"].suggestions[0]).toMatchObject({ unitId: jxjId, name: "市经济和信息化局" });
    expect(byName["市发改委"]).toMatchObject({ unitId: null });
  });

  it("hides drafts from viewers and reporters (404, and absent from their list); 401 without a session", async () => {
    const viewer = await signIn(t.app, "viewer");
    expect((await viewer.call("GET", "/api/plans")).json()).toEqual([]);
    const hidden = await viewer.call("GET", `/api/plans/${planId}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("plans.not_found");
    expect((await anonymous(t.app, "GET", "/api/plans")).statusCode).toBe(401);
    expect((await anonymous(t.app, "GET", `/api/plans/${planId}`)).statusCode).toBe(401);
  });

  it("answers an unknown plan with 404 and a malformed id with 400", async () => {
    expect((await supervisor.call("GET", "/api/plans/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await supervisor.call("GET", "/api/plans/not-a-uuid")).statusCode).toBe(400);
  });
});

describe("review edits", () => {
  it("edits an item; the second of two reviewers holding the same version gets 409 with the current item", async () => {
    const other = await signIn(t.app, "supervisor2");
    const read = await item("二/1");
    const first = await supervisor.call("PATCH", `/api/plans/${planId}/items/${read.id}`, { version: read.version, heading: "推进技术改造升级" });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ heading: "推进技术改造升级", version: read.version + 1 });
    const second = await other.call("PATCH", `/api/plans/${planId}/items/${read.id}`, { version: read.version, heading: "别的标题" });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: "request.stale_version", details: { current: { heading: "推进技术改造升级" } } });
    expect((await item("二/1")).heading).toBe("推进技术改造升级");
  });

  it("lets exactly one of two simultaneous writes with the same version win", async () => {
    const other = await signIn(t.app, "supervisor2");
    const read = await item("二/2");
    const responses = await Promise.all([
      supervisor.call("PATCH", `/api/plans/${planId}/items/${read.id}`, { version: read.version, heading: "甲" }),
      other.call("PATCH", `/api/plans/${planId}/items/${read.id}`, { version: read.version, heading: "乙" }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.statusCode === 200)?.json().heading;
    expect((await item("二/2")).heading).toBe(winner);
  });

  it("replaces an item's units by name, resolving known names", async () => {
    const read = await item("二/2");
    const response = await supervisor.call("PUT", `/api/plans/${planId}/items/${read.id}/assignments`, {
      version: read.version,
      lead: ["经信局", "市经信局"],
      support: ["市财政局", "市发改委"],
      owners: [],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().assignments).toEqual([
      expect.objectContaining({ role: "lead", name: "经信局", unitId: null }),
      expect.objectContaining({ role: "lead", name: "市经信局", unitId: jxjId }),
      expect.objectContaining({ role: "support", name: "市财政局", unitId: expect.any(String) }),
      expect.objectContaining({ role: "support", name: "市发改委", unitId: null }),
    ]);
    const stale = await supervisor.call("PUT", `/api/plans/${planId}/items/${read.id}/assignments`, {
      version: read.version,
      lead: [],
      support: [],
      owners: [],
    });
    expect(stale.statusCode).toBe(409);
  });

  it("adds, edits and deletes a target; text such as N/A or 五成 is refused with a clear 400", async () => {
    const task = await item("二/1");
    const url = `/api/plans/${planId}/items/${task.id}/targets`;
    for (const value of ["N/A", "五成"]) {
      const refused = await supervisor.call("POST", url, { quote: "技改投资增长", metric: "技改投资", value });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: "plans.invalid_target_value",
        message: expect.stringContaining("数字"),
        messageEn: expect.stringContaining("number"),
        details: { field: "value", input: value },
      });
    }
    const added = await supervisor.call("POST", url, { quote: "技改投资1,200亿元", metric: "技改投资", value: "1,200", unit: "亿元", cmp: ">=" });
    expect(added.statusCode).toBe(201);
    const target = added.json();
    expect(target).toMatchObject({ value: 1200, kind: "level", deadline: "2025-12-31", version: 1 });
    const patchUrl = `/api/plans/${planId}/targets/${target.id}`;
    const badPatch = await supervisor.call("PATCH", patchUrl, { version: 1, baseline: "N/A" });
    expect(badPatch.statusCode).toBe(400);
    const patched = await supervisor.call("PATCH", patchUrl, { version: 1, baseline: 900, deadline: "2025-06-30" });
    expect(patched.json()).toMatchObject({ baseline: 900, deadline: "2025-06-30", version: 2 });
    expect((await supervisor.call("PATCH", patchUrl, { version: 1, value: 1 })).statusCode).toBe(409);
    expect((await supervisor.call("DELETE", patchUrl)).statusCode).toBe(204);
    expect((await supervisor.call("DELETE", patchUrl)).statusCode).toBe(404);
    expect((await item("二/1")).targets.map((x) => x.id)).not.toContain(target.id);
  });

  it("refuses a target out of range, too precise, a share over 100% or without a metric, naming the field", async () => {
    const task = await item("二/1");
    const url = `/api/plans/${planId}/items/${task.id}/targets`;
    const cases: [Record<string, unknown>, string][] = [
      [{ quote: "q", metric: "技改投资", value: 1e308 }, "value"],
      [{ quote: "q", metric: "技改投资", value: "99999999999999999999999" }, "value"],
      [{ quote: "q", metric: "技改投资", value: "1234567.890123456" }, "value"],
      [{ quote: "q", metric: "技改投资", value: 10, baseline: 1e300 }, "baseline"],
      [{ quote: "q", metric: "宽带覆盖率", value: 101, unit: "%" }, "value"],
      [{ quote: "q", metric: "", value: 10 }, "metric"],
      [{ quote: "q", value: 10 }, "metric"],
    ];
    for (const [body, field] of cases) {
      const refused = await supervisor.call("POST", url, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      const error = refused.json().error;
      expect(JSON.stringify(error.details), JSON.stringify(body)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/u);
      expect(error.messageEn).toMatch(/[a-z]/u);
    }
    const growth = await supervisor.call("POST", url, { quote: "增长120%", metric: "营业收入增长", value: 120, unit: "%" });
    expect(growth.statusCode).toBe(201);
    const patchUrl = `/api/plans/${planId}/targets/${growth.json().id}`;
    expect((await supervisor.call("PATCH", patchUrl, { version: 1, value: 1e308 })).statusCode).toBe(400);
    expect((await supervisor.call("PATCH", patchUrl, { version: 1, metric: "" })).statusCode).toBe(400);
  });

  it("adds an item under a parent and deletes it; an item with sub-items cannot be deleted", async () => {
    const section = await item("二");
    const added = await supervisor.call("POST", `/api/plans/${planId}/items`, {
      parentId: section.id,
      path: ["二", "9"],
      kind: "task",
      heading: "新增任务",
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ key: "二/9", parentId: section.id, heading: "新增任务" });
    const duplicate = await supervisor.call("POST", `/api/plans/${planId}/items`, { parentId: section.id, path: ["二", "9"], kind: "task", heading: "x" });
    expect(duplicate.statusCode).toBe(409);
    expect((await supervisor.call("DELETE", `/api/plans/${planId}/items/${section.id}`)).statusCode).toBe(422);
    expect((await supervisor.call("DELETE", `/api/plans/${planId}/items/${added.json().id}`)).statusCode).toBe(204);
    expect(await item("二/9")).toBeUndefined();
  });

  it("forbids edits to viewers and reporters (403), without CSRF (403) and without a session (401)", async () => {
    const task = await item("二/1");
    const viewer = await signIn(t.app, "viewer");
    const reporter = await signIn(t.app, "reporter");
    const edit = { version: task.version, heading: "x" };
    for (const session of [viewer, reporter]) {
      const response = await session.call("PATCH", `/api/plans/${planId}/items/${task.id}`, edit);
      expect(response.statusCode).toBe(403);
      expect((await session.call("POST", `/api/plans/${planId}/items`, { parentId: null, path: ["九"], kind: "task" })).statusCode).toBe(403);
      expect((await session.call("DELETE", `/api/plans/${planId}/items/${task.id}`)).statusCode).toBe(403);
      expect((await session.call("POST", `/api/plans/${planId}/items/${task.id}/targets`, { quote: "q", metric: "m", value: 1 })).statusCode).toBe(403);
      expect((await session.call("PATCH", `/api/plans/${planId}/targets/${task.targets[0].id}`, { version: 1 })).statusCode).toBe(403);
      expect((await session.call("DELETE", `/api/plans/${planId}/targets/${task.targets[0].id}`)).statusCode).toBe(403);
      const assign = { version: task.version, lead: [], support: [], owners: [] };
      expect((await session.call("PUT", `/api/plans/${planId}/items/${task.id}/assignments`, assign)).statusCode).toBe(403);
      expect((await session.call("POST", `/api/plans/${planId}/publish`)).statusCode).toBe(403);
      expect((await session.call("POST", `/api/plans/${planId}/units/resolve`, { name: "经信局", unitId: jxjId })).statusCode).toBe(403);
    }
    expect((await supervisor.call("PATCH", `/api/plans/${planId}/items/${task.id}`, edit, { csrf: false })).statusCode).toBe(403);
    expect((await anonymous(t.app, "PATCH", `/api/plans/${planId}/items/${task.id}`, edit)).statusCode).toBe(401);
  });
});

describe("unit resolution and publishing", () => {
  it("refuses to publish while names are unresolved, listing them", async () => {
    const response = await supervisor.call("POST", `/api/plans/${planId}/publish`);
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({ code: "plans.unresolved_units" });
    expect(response.json().error.details.unresolved.sort()).toEqual(["市发改委", "经信局"].sort());
  });

  it("resolves 经信局 to the suggested unit (adding an alias) and creates 市发改委, then publishes", async () => {
    const first = await supervisor.call("POST", `/api/plans/${planId}/units/resolve`, { name: "经信局", unitId: jxjId });
    expect(first.statusCode).toBe(200);
    expect(first.json().units.find((u: { name: string }) => u.name === "经信局")).toMatchObject({ unitId: jxjId, how: "alias" });
    const units = (await supervisor.call("GET", "/api/units")).json();
    expect(units.find((u: { id: string }) => u.id === jxjId).aliases).toContain("经信局");
    const unknown = await supervisor.call("POST", `/api/plans/${planId}/units/resolve`, { name: "市公安局", unitId: jxjId });
    expect(unknown.statusCode).toBe(404);
    const created = await supervisor.call("POST", `/api/plans/${planId}/units/resolve`, {
      name: "市发改委",
      create: { name: "市发展和改革委员会" },
    });
    expect(created.statusCode).toBe(200);
    expect(created.json().units.every((u: { unitId: string | null }) => u.unitId !== null)).toBe(true);
    const plan = (await supervisor.call("GET", "/api/plans")).json()[0];
    const stale = await supervisor.call("POST", `/api/plans/${planId}/publish`, { version: plan.version - 1 });
    expect(stale.statusCode).toBe(409);
    const published = await supervisor.call("POST", `/api/plans/${planId}/publish`, { version: plan.version });
    expect(published.statusCode).toBe(200);
    expect(published.json().plan).toMatchObject({ status: "published", publishedAt: expect.any(String) });
  });

  it("shows a published plan to viewers in full and to a reporter only with its own items", async () => {
    const viewer = await signIn(t.app, "viewer");
    expect((await viewer.call("GET", "/api/plans")).json()).toHaveLength(1);
    expect((await viewer.call("GET", `/api/plans/${planId}`)).json().items).toHaveLength(5);
    const reporter = await signIn(t.app, "reporter");
    expect((await reporter.call("GET", "/api/plans")).json()).toHaveLength(1);
    const mine = (await reporter.call("GET", `/api/plans/${planId}`)).json().items.map((entry: Item) => entry.key);
    expect(mine).toEqual(["二/1", "二/2"]);
  });

  it("sends a reporter only its items' text, not the whole document, its file or its revisions", async () => {
    const reporter = await signIn(t.app, "reporter");
    const full = (await supervisor.call("GET", `/api/plans/${planId}`)).json();
    const seen = (await reporter.call("GET", `/api/plans/${planId}`)).json();
    expect(seen.text).toHaveLength(full.text.length);
    for (const entry of full.items as Item[]) {
      const [start, end] = entry.span!;
      const piece = full.text.slice(start, end);
      if (["二/1", "二/2"].includes(entry.key)) expect(seen.text.slice(start, end)).toBe(piece);
      else expect(seen.text).not.toContain(piece.trim());
    }
    expect(seen.plan.warnings).toEqual([]);
    for (const url of [`/api/plans/${planId}/document`, `/api/plans/${planId}/versions`, `/api/plans/${planId}/diff?from=1&to=1`]) {
      const refused = await reporter.call("GET", url);
      expect(refused.statusCode).toBe(403);
    }
    expect((await supervisor.call("GET", `/api/plans/${planId}/document`)).statusCode).toBe(200);
  });

  it("hides the plan from a reporter of a unit it does not assign", async () => {
    const czj = await signIn(t.app, "czj");
    const unitsOfPlan = (await supervisor.call("GET", `/api/plans/${planId}`)).json().units.map((u: { name: string }) => u.name);
    expect(unitsOfPlan).toContain("市财政局");
    const mine = (await czj.call("GET", `/api/plans/${planId}`)).json().items.map((entry: Item) => entry.key);
    expect(mine).toEqual(["二/1", "二/2"]);
    const outsider = await makeUnit(t.database.db, { name: "市公安局" });
    await makeUser(t.database.db, { role: "reporter", username: "police", unitIds: [outsider.id] });
    const police = await signIn(t.app, "police");
    expect((await police.call("GET", "/api/plans")).json()).toEqual([]);
    expect((await police.call("GET", `/api/plans/${planId}`)).statusCode).toBe(404);
    expect((await police.call("GET", `/api/plans/${planId}/versions`)).statusCode).toBe(403);
  });

  it("leaves an audit row for the import, the edits, the resolutions and the publication", async () => {
    const admin = await signIn(t.app, "admin");
    const actions = (await admin.call("GET", "/api/audit?limit=500")).json().map((row: { action: string }) => row.action);
    for (const action of ["plans.import", "items.update", "items.assign", "targets.create", "targets.update", "targets.delete", "items.create", "items.delete", "plans.resolve_unit", "plans.publish"]) {
      expect(actions).toContain(action);
    }
    const viewer = await signIn(t.app, "viewer");
    expect((await viewer.call("GET", "/api/audit")).statusCode).toBe(403);
  });
});
