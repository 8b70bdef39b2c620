/**
 * can(actor, action, subject): the one place that says who may do what. Services call it before every
 * use case; reads outside an actor's scope are reported as "not found", not "forbidden".
 */
import { commonErrors } from "../errors.ts";
import type { Actor, Role } from "./actor.ts";

/** Everything a role may be allowed to do. */
export type Action =
  | "users.manage"
  | "units.read"
  | "units.write"
  | "plans.read"
  | "plans.import"
  | "plans.edit"
  | "plans.publish"
  | "audit.read";

const grants: Record<Role, ReadonlySet<Action>> = {
  admin: new Set<Action>(["users.manage", "units.read", "units.write", "plans.read", "plans.import", "plans.edit", "plans.publish", "audit.read"]),
  supervisor: new Set<Action>(["units.read", "units.write", "plans.read", "plans.import", "plans.edit", "plans.publish", "audit.read"]),
  reporter: new Set<Action>(["units.read", "plans.read"]),
  viewer: new Set<Action>(["units.read", "plans.read"]),
};

/** What a plan-scoped check needs to know about the plan. */
export interface PlanSubject {
  status: string;
  /** directory units assigned anywhere in the plan */
  unitIds: readonly string[];
}

/** True when the actor may perform the action (on the plan, when one is given). */
export function can(actor: Actor, action: Action, subject?: PlanSubject): boolean {
  if (!grants[actor.role].has(action)) return false;
  if (action !== "plans.read" || !subject) return true;
  if (actor.role === "admin" || actor.role === "supervisor") return true;
  if (subject.status !== "published") return false;
  if (actor.role === "viewer") return true;
  return subject.unitIds.some((unitId) => actor.unitIds.includes(unitId));
}

/** Throws 403 unless the actor may perform the action. */
export function assertCan(actor: Actor, action: Action, subject?: PlanSubject): void {
  if (!can(actor, action, subject)) throw commonErrors.forbidden({ action });
}

/** Which plans an actor may list: every plan, published ones, or published ones assigned to some of its units. */
export type PlanScope = { all: true } | { publishedOnly: true; unitIds: readonly string[] | null };

/** The plan scope of an actor, for list queries that filter in SQL. */
export function planScope(actor: Actor): PlanScope {
  if (actor.role === "admin" || actor.role === "supervisor") return { all: true };
  return { publishedOnly: true, unitIds: actor.role === "reporter" ? actor.unitIds : null };
}
