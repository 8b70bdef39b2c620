/**
 * What the signed-in user may open in the web app: pure functions of the permissions `/api/auth/me` sent,
 * which the server computes from its one table (core/domain/access/permissions.ts); the server checks again.
 */
import type { Action, SignedInUser } from "./api/types.ts";

/** The flags routes and menus are filtered by, each read from one permission. */
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

/** The permission behind each flag (signedIn needs none). */
const FLAG_ACTIONS: Record<Exclude<AccessFlag, "signedIn">, Action> = {
  isAdmin: "users.manage",
  canManagePlans: "plans.edit",
  canReport: "reports.write",
  canViewDashboard: "dashboard.overview",
  canViewPlans: "plans.read",
  canManageUnits: "units.write",
};

/** True when the signed-in user holds the permission. */
export function may(user: SignedInUser | null, action: Action): boolean {
  return user?.permissions.includes(action) ?? false;
}

/** The access flags for a user (all false when signed out). */
export function accessFor(user: SignedInUser | null): Access {
  const flags = Object.fromEntries(Object.entries(FLAG_ACTIONS).map(([flag, action]) => [flag, may(user, action)]));
  return { ...(flags as Omit<Access, "signedIn">), signedIn: user !== null };
}

/** Where a user lands after signing in: the first page its permissions open, in this order. */
export function homePath(user: SignedInUser): string {
  if (may(user, "users.manage")) return "/admin/users";
  if (may(user, "reports.write")) return "/inbox";
  if (may(user, "plans.edit")) return "/plans";
  return "/dashboard";
}
