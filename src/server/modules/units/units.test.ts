import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { SAMPLE_PLAN } from "../../../../test/helpers/documents.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";

let t: TestApp;
let supervisor: Session;
let cityId: string;
beforeAll(async () => {
  t = await createTestApp();
  cityId = (await makeUnit(t.database.db, { name: "市政府", kind: "government" })).id;
  await makeUser(t.database.db, { role: "supervisor" });
  await makeUser(t.database.db, { role: "viewer" });
  supervisor = await signIn(t.app, "supervisor");
});
afterAll(() => t.close());

describe("/api/units", () => {
  it("creates a unit under a parent with aliases and lists it", async () => {
    const created = await supervisor.call("POST", "/api/units", {
      name: "市经济和信息化局",
      parentId: cityId,
      aliases: ["市经信局"],
      kind: "department",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "市经济和信息化局", parentId: cityId, aliases: ["市经信局"], version: 1 });
    const list = await supervisor.call("GET", "/api/units");
    expect(list.json().map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(["市政府", "市经济和信息化局"]));
  });

  it("refuses a name that is already a unit's name or alias", async () => {
    const response = await supervisor.call("POST", "/api/units", { name: "市经信局" });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("units.name_taken");
  });

  it("matches 经信局 to 市经济和信息化局 by similarity, and an alias exactly", async () => {
    const similar = (await supervisor.call("GET", `/api/units/match?name=${encodeURIComponent("经信局")}`)).json();
    expect(similar[0]).toMatchObject({ name: "市经济和信息化局", how: "similar" });
    const alias = (await supervisor.call("GET", `/api/units/match?name=${encodeURIComponent("市经信局")}`)).json();
    expect(alias).toEqual([expect.objectContaining({ name: "市经济和信息化局", how: "alias", score: 1 })]);
  });

  it("edits a unit with its version; a stale version gets 409; a parent cycle 422", async () => {
    const unit = (await supervisor.call("POST", "/api/units", { name: "市财政局", parentId: cityId })).json();
    const edit = await supervisor.call("PATCH", `/api/units/${unit.id}`, { version: 1, aliases: ["财政局"] });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ aliases: ["财政局"], version: 2 });
    const stale = await supervisor.call("PATCH", `/api/units/${unit.id}`, { version: 1, kind: "other" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ version: 2 });
    const city = (await supervisor.call("GET", "/api/units")).json().find((u: { id: string }) => u.id === cityId);
    const cycle = await supervisor.call("PATCH", `/api/units/${cityId}`, { version: city.version, parentId: unit.id });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.code).toBe("units.parent_cycle");
  });

  it("merges 市经信委 into 市经济和信息化局: its name becomes an alias and it leaves the list", async () => {
    const units = (await supervisor.call("GET", "/api/units")).json();
    const into = units.find((u: { name: string }) => u.name === "市经济和信息化局");
    const duplicate = (await supervisor.call("POST", "/api/units", { name: "市经信委", aliases: ["经委"] })).json();
    const merged = await supervisor.call("POST", `/api/units/${duplicate.id}/merge`, { intoId: into.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().aliases).toEqual(expect.arrayContaining(["市经信局", "市经信委", "经委"]));
    const after = (await supervisor.call("GET", "/api/units")).json();
    expect(after.find((u: { id: string }) => u.id === duplicate.id)).toBeUndefined();
    const self = await supervisor.call("POST", `/api/units/${into.id}/merge`, { intoId: into.id });
    expect(self.statusCode).toBe(422);
    const gone = await supervisor.call("POST", `/api/units/${duplicate.id}/merge`, { intoId: into.id });
    expect(gone.statusCode).toBe(404);
  });

  it("lets a viewer read and match but not write; nobody without a session", async () => {
    const viewer = await signIn(t.app, "viewer");
    expect((await viewer.call("GET", "/api/units")).statusCode).toBe(200);
    expect((await viewer.call("GET", "/api/units/match?name=x")).statusCode).toBe(200);
    const create = await viewer.call("POST", "/api/units", { name: "某局" });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe("auth.forbidden");
    const merge = await viewer.call("POST", `/api/units/${cityId}/merge`, { intoId: cityId });
    expect(merge.statusCode).toBe(403);
    expect((await viewer.call("PATCH", `/api/units/${cityId}`, { version: 1 })).statusCode).toBe(403);
    expect((await anonymous(t.app, "GET", "/api/units")).statusCode).toBe(401);
    expect((await anonymous(t.app, "GET", "/api/units/match?name=x")).statusCode).toBe(401);
  });

  it("rejects an empty name with a 400 that names the field", async () => {
    const response = await supervisor.call("POST", "/api/units", { name: "  " });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: "request.invalid", details: { issues: [expect.objectContaining({ path: expect.stringContaining("name") })] } });
  });

  it("moves a merged unit's assignments and members to the unit it is merged into", async () => {
    const into = (await supervisor.call("POST", "/api/units", { name: "市发展和改革委员会" })).json();
    const duplicate = (await supervisor.call("POST", "/api/units", { name: "市发改委" })).json();
    await makeUser(t.database.db, { role: "reporter", username: "fgw", unitIds: [duplicate.id] });
    const { plan } = (await supervisor.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).json();
    const before = (await supervisor.call("GET", `/api/plans/${plan.id}`)).json();
    expect(before.units.find((u: { name: string }) => u.name === "市发改委").unitId).toBe(duplicate.id);
    expect((await supervisor.call("POST", `/api/units/${duplicate.id}/merge`, { intoId: into.id })).statusCode).toBe(200);
    const after = (await supervisor.call("GET", `/api/plans/${plan.id}`)).json();
    expect(after.units.find((u: { name: string }) => u.name === "市发改委")).toMatchObject({ unitId: into.id, how: "alias" });
    expect((await signIn(t.app, "fgw")).user.unitIds).toEqual([into.id]);
  });
});
