import { describe, expect, it } from "vitest";
import { permissionsOf } from "../../src/core/domain/access/permissions.ts";
import { accessFor, homePath } from "./access.ts";
import type { Role, SignedInUser } from "./api/types.ts";

const user = (role: Role): SignedInUser => ({ id: role, username: role, displayName: role, role, unitIds: [], active: true, version: 1, permissions: permissionsOf(role) });

describe("accessFor", () => {
  it("reads the flags from the permissions the server sent, so the web app and the server agree", () => {
    expect(accessFor(user("admin"))).toMatchObject({ isAdmin: true, canManagePlans: true, canManageUnits: true, canReport: false });
    expect(accessFor(user("supervisor"))).toMatchObject({ isAdmin: false, canManagePlans: true, canViewDashboard: true });
    expect(accessFor(user("reporter"))).toMatchObject({ canReport: true, canManagePlans: false, canViewDashboard: false, canViewPlans: true });
    expect(accessFor(user("viewer"))).toMatchObject({ canViewDashboard: true, canManagePlans: false, canManageUnits: false });
    expect(Object.values(accessFor(null)).every((flag) => flag === false)).toBe(true);
  });

  it("lands each role where it did before", () => {
    expect((["admin", "supervisor", "reporter", "viewer"] as const).map((role) => homePath(user(role)))).toEqual(["/admin/users", "/plans", "/inbox", "/dashboard"]);
  });
});
