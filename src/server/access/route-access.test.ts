/**
 * The route × role matrix, generated from access/route-access.ts: every route is asked by every role (and
 * without a session) with unknown ids and an empty body, and must refuse exactly the roles its action
 * excludes, before the request reaches its service.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, type Session, signIn, type TestApp } from "../../../test/helpers/app.ts";
import { makeUnit, makeUser } from "../../../test/helpers/factories.ts";
import { roleMay } from "../../core/domain/access/permissions.ts";
import { ROLES, type Role } from "../../core/domain/access/roles.ts";
import { ROUTE_ACCESS, type RouteAccess } from "./route-access.ts";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const routes = Object.entries(ROUTE_ACCESS as Record<string, RouteAccess>).map(([key, access]) => {
  const [method, pattern] = key.split(" ") as ["GET" | "POST" | "PUT" | "PATCH" | "DELETE", string];
  return { key, method, pattern, url: pattern.replace(/:[A-Za-z]+/g, UNKNOWN_ID), access };
});

let t: TestApp;
const sessions = new Map<Role, Session>();
beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t.database.db, { name: "市经信局" });
  for (const role of ROLES) {
    await makeUser(t.database.db, { role, username: `matrix-${role}`, unitIds: role === "reporter" ? [unit.id] : [] });
    sessions.set(role, await signIn(t.app, `matrix-${role}`));
  }
});
afterAll(() => t.close());

describe("the route table", () => {
  it("lists only routes the app serves", () => {
    const missing = routes.filter((route) => !t.app.hasRoute({ method: route.method, url: route.pattern }));
    expect(missing.map((route) => route.key)).toEqual([]);
  });
});

describe.each(routes)("$key ($access)", ({ key, method, url, access }) => {
  it("asks for a session unless public", async () => {
    const response = await anonymous(t.app, method, url, method === "GET" ? undefined : {});
    if (access === "public") expect(response.statusCode).not.toBe(401);
    else expect(response.json().error.code).toBe("auth.unauthenticated");
  });

  it.each([...ROLES])("answers %s as its action says, and never with a server error", async (role) => {
    const response = await sessions.get(role)!.call(method, url, method === "GET" ? undefined : {});
    if (key === "POST /api/auth/logout") sessions.set(role, await signIn(t.app, `matrix-${role}`));
    const refusedByRole = access !== "public" && access !== "signed-in" && !roleMay(role, access);
    if (refusedByRole) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error).toMatchObject({ code: "auth.forbidden", details: { action: access } });
    } else {
      expect(response.json().error?.details?.action).not.toBe(access);
    }
    expect(response.statusCode).toBeLessThan(500);
  });
});
