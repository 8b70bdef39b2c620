/** What each role may open in the web app; pure functions of the signed-in user (the server checks again). */
import type { Role, User } from "./api/types.ts";

/** The flags routes and menus are filtered by. */
export interface Access {
  isAdmin: boolean;
  canManagePlans: boolean;
  canReport: boolean;
  canViewDashboard: boolean;
  canViewPlans: boolean;
  canManageUnits: boolean;
  signedIn: boolean;
}

export type AccessFlag = keyof Access;

/** The access flags for a user (all false when signed out). */
export function accessFor(user: User | null): Access {
  const role: Role | null = user?.role ?? null;
  return {
    isAdmin: role === "admin",
    canManagePlans: role === "supervisor",
    canReport: role === "reporter",
    canViewDashboard: role === "supervisor" || role === "viewer" || role === "admin",
    canViewPlans: role !== null,
    canManageUnits: role === "admin" || role === "supervisor",
    signedIn: role !== null,
  };
}

/** Where a user lands after signing in. */
export function homePath(user: User): string {
  switch (user.role) {
    case "reporter":
      return "/inbox";
    case "supervisor":
      return "/plans";
    case "admin":
      return "/admin/users";
    default:
      return "/dashboard";
  }
}
