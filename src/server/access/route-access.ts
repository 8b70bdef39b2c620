/**
 * The route table of access: for every API route, the action (core/domain/access/permissions.ts) a role must
 * hold to call it at all, "signed-in" when any user may call it and the service narrows what it sees to the
 * actor's units, or "public". plugins/auth.ts refuses a role without the action before the body is read, the
 * services check again with the subject in hand, and app.ts refuses to start with a route missing here; the
 * route × role test is generated from this table.
 */
import type { Action } from "../../core/domain/access/permissions.ts";

/** What a route requires. */
export type RouteAccess = Action | "signed-in" | "public";

export const ROUTE_ACCESS = {
  "GET /api/health": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "signed-in",
  "GET /api/auth/me": "signed-in",

  "GET /api/users": "users.manage",
  "POST /api/users": "users.manage",
  "PATCH /api/users/:id": "users.manage",
  /** one's own address needs no grant; someone else's needs contacts.manage (notifications.policy.ts) */
  "PUT /api/users/:userId/contact": "signed-in",
  "GET /api/settings": "settings.manage",
  "PUT /api/settings": "settings.manage",
  "GET /api/audit": "audit.read",

  "GET /api/units": "units.read",
  "GET /api/units/match": "units.read",
  "POST /api/units": "units.write",
  "PATCH /api/units/:id": "units.write",
  "POST /api/units/:id/merge": "units.write",

  "POST /api/plans/import": "plans.import",
  "GET /api/plans": "plans.read",
  "GET /api/plans/:id": "plans.read",
  "GET /api/plans/:id/export.xlsx": "plans.read",
  "GET /api/plans/:id/versions": "plans.read_source",
  "POST /api/plans/:id/versions": "plans.import",
  "GET /api/plans/:id/diff": "plans.read_source",
  "GET /api/plans/:id/document": "plans.read_source",
  "POST /api/plans/:id/items": "plans.edit",
  "PATCH /api/plans/:id/items/:itemId": "plans.edit",
  "DELETE /api/plans/:id/items/:itemId": "plans.edit",
  "PUT /api/plans/:id/items/:itemId/assignments": "plans.edit",
  "POST /api/plans/:id/items/:itemId/targets": "plans.edit",
  "PATCH /api/plans/:id/targets/:targetId": "plans.edit",
  "DELETE /api/plans/:id/targets/:targetId": "plans.edit",
  "POST /api/plans/:id/units/resolve": "units.write",
  "POST /api/plans/:id/publish": "plans.publish",

  "GET /api/rounds": "signed-in",
  "POST /api/rounds": "rounds.open",
  "GET /api/rounds/:id": "signed-in",
  "POST /api/rounds/:id/close": "rounds.close",
  "POST /api/rounds/:id/urge": "rounds.urge",
  "POST /api/rounds/:id/bulletin": "bulletins.draft",
  "GET /api/rounds/:id/workbooks/:unitId.xlsx": "signed-in",
  "POST /api/rounds/:id/workbooks": "reports.write",

  "GET /api/inbox": "signed-in",
  "GET /api/reviews": "reports.review",
  "GET /api/reports/:id": "signed-in",
  "PUT /api/reports/:id": "reports.write",
  "POST /api/reports/:id/submit": "reports.write",
  "POST /api/reports/:id/contributions": "reports.write",
  "POST /api/reports/:id/attachments": "reports.write",
  "GET /api/reports/:id/attachments/:attachmentId": "signed-in",
  "POST /api/reports/:id/review": "reports.review",

  "GET /api/status": "signed-in",
  "GET /api/status/reported-targets": "signed-in",
  "POST /api/status/overrides": "status.override",
  "GET /api/targets/:id/series": "signed-in",
  "GET /api/dashboard": "signed-in",

  "GET /api/notifications": "signed-in",
  "POST /api/notifications/:id/read": "signed-in",

  "GET /api/bulletins": "signed-in",
  "GET /api/bulletins/:id": "signed-in",
  "GET /api/bulletins/:id.docx": "signed-in",
  "PATCH /api/bulletins/:id": "bulletins.edit",
  "POST /api/bulletins/:id/publish": "bulletins.publish",

  "GET /api/assessments/:planId/rules": "signed-in",
  "PUT /api/assessments/:planId/rules": "assessments.rules",
  "GET /api/assessments/:planId/scores": "signed-in",
  "GET /api/assessments/:planId/ranking.xlsx": "signed-in",
  "GET /api/assessments/:planId/ranking.docx": "signed-in",
  "POST /api/assessments/:planId/what-if": "assessments.what_if",
  "GET /api/assessments/:planId/appeals": "signed-in",
  "POST /api/assessments/:planId/appeals": "assessments.appeal",
  "POST /api/assessments/:planId/appeals/:appealId/decision": "assessments.decide_appeal",
} as const satisfies Record<string, RouteAccess>;

/** The key of a route in the table; HEAD is answered by its GET route. */
export function routeKey(method: string, url: string): string {
  return `${method === "HEAD" ? "GET" : method} ${url}`;
}

/** What the route requires, or undefined when the table does not list it. */
export function accessOfRoute(method: string, url: string): RouteAccess | undefined {
  return (ROUTE_ACCESS as Record<string, RouteAccess>)[routeKey(method, url)];
}

/** True for the paths the table must cover: the API, bar its generated OpenAPI pages. */
export function isGuardedPath(url: string): boolean {
  return url.startsWith("/api/") && !url.startsWith("/api/docs");
}
