import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";

let t: TestApp;
let admin: Session;
let unitId: string;
beforeAll(async () => {
  t = await createTestApp();
  unitId = (await makeUnit(t.database.db, { name: "市经济和信息化局" })).id;
  await makeUser(t.database.db, { role: "admin" });
  await makeUser(t.database.db, { role: "supervisor" });
  admin = await signIn(t.app, "admin");
});
afterAll(() => t.close());

describe("/api/users", () => {
  it("lets an admin create a reporter for a unit, who can then sign in", async () => {
    const created = await admin.call("POST", "/api/users", {
      username: "jxj",
      displayName: "经信局填报员",
      role: "reporter",
      password: "a-long-password",
      unitIds: [unitId],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ username: "jxj", role: "reporter", unitIds: [unitId], version: 1 });
    const session = await signIn(t.app, "jxj", "a-long-password");
    expect(session.user.unitIds).toEqual([unitId]);
  });

  it("lists users without their password hashes", async () => {
    const response = await admin.call("GET", "/api/users");
    expect(response.statusCode).toBe(200);
    expect(response.json().map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(["admin", "supervisor"]));
    expect(response.body).not.toContain("scrypt");
  });

  it("refuses a reporter without units, a taken username and an unknown unit", async () => {
    const base = { displayName: "x", password: "a-long-password" };
    const noUnit = await admin.call("POST", "/api/users", { ...base, username: "r2", role: "reporter", unitIds: [] });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.code).toBe("users.reporter_needs_unit");
    const taken = await admin.call("POST", "/api/users", { ...base, username: "admin", role: "viewer" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("users.username_taken");
    const ghostUnit = await admin.call("POST", "/api/users", {
      ...base,
      username: "r3",
      role: "reporter",
      unitIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(ghostUnit.statusCode).toBe(404);
    expect(ghostUnit.json().error.code).toBe("units.not_found");
  });

  it("updates a user with its version and answers a stale version with 409 and the current row", async () => {
    const list = (await admin.call("GET", "/api/users")).json();
    const supervisor = list.find((u: { username: string }) => u.username === "supervisor");
    const first = await admin.call("PATCH", `/api/users/${supervisor.id}`, { version: supervisor.version, displayName: "督查室" });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ displayName: "督查室", version: supervisor.version + 1 });
    const stale = await admin.call("PATCH", `/api/users/${supervisor.id}`, { version: supervisor.version, displayName: "旧" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ displayName: "督查室" });
  });

  it("answers an unknown or malformed id with 404 or 400", async () => {
    const unknown = await admin.call("PATCH", "/api/users/00000000-0000-4000-8000-000000000000", { version: 1 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe("users.not_found");
    const malformed = await admin.call("PATCH", "/api/users/42", { version: 1 });
    expect(malformed.statusCode).toBe(400);
  });

  it("is forbidden to a supervisor and to anyone without a session", async () => {
    const supervisor = await signIn(t.app, "supervisor");
    expect((await supervisor.call("GET", "/api/users")).statusCode).toBe(403);
    const create = await supervisor.call("POST", "/api/users", {
      username: "sneaky",
      displayName: "x",
      role: "admin",
      password: "a-long-password",
    });
    expect(create.statusCode).toBe(403);
    expect((await anonymous(t.app, "GET", "/api/users")).statusCode).toBe(401);
  });

  it("writes an audit row for every change", async () => {
    const audit = (await admin.call("GET", "/api/audit?entity=user")).json();
    expect(audit.map((row: { action: string }) => row.action)).toEqual(expect.arrayContaining(["users.create", "users.update"]));
  });

  it("deactivating a user stops their login", async () => {
    const created = (
      await admin.call("POST", "/api/users", { username: "temp", displayName: "t", role: "viewer", password: "a-long-password" })
    ).json();
    await admin.call("PATCH", `/api/users/${created.id}`, { version: created.version, active: false });
    const login = await anonymous(t.app, "POST", "/api/auth/login", { username: "temp", password: "a-long-password" });
    expect(login.statusCode).toBe(401);
  });

  it("ends a signed-in user's access at once when deactivated, and applies a new role at once, though sessions are cached", async () => {
    const created = (await admin.call("POST", "/api/users", { username: "temp2", displayName: "t2", role: "viewer", password: "a-long-password" })).json();
    const session = await signIn(t.app, "temp2", "a-long-password");
    expect((await session.call("GET", "/api/auth/me")).json().user.role).toBe("viewer"); // now cached
    const promoted = await admin.call("PATCH", `/api/users/${created.id}`, { version: created.version, role: "supervisor" });
    expect((await session.call("GET", "/api/auth/me")).json().user.role).toBe("supervisor");
    await admin.call("PATCH", `/api/users/${created.id}`, { version: promoted.json().version, active: false });
    expect((await session.call("GET", "/api/auth/me")).statusCode).toBe(401);
  });

  it("reads a session once for a burst of requests", async () => {
    const { countStatements } = await import("../../../../test/helpers/statements.ts");
    await admin.call("GET", "/api/auth/me");
    const again = await countStatements(t.database, () => admin.call("GET", "/api/auth/me"));
    const fresh = await countStatements(t.database, async () => (await signIn(t.app, "admin")).call("GET", "/api/auth/me"));
    expect(again.statements).toBe(0);
    expect(fresh.statements).toBeGreaterThan(0);
  });
});
