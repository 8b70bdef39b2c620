/**
 * can(actor, action, subject): the one place that says who may do what, read from the table in
 * core/domain/access/permissions.ts. Services call it (through their feature's policy) before every use
 * case; reads outside an actor's scope are reported as "not found", not "forbidden".
 */
import { type Action, isUnitScoped, roleMay } from "../../core/domain/access/permissions.ts";
import { commonErrors } from "../errors.ts";
import type { Actor } from "./actor.ts";

export type { Action };

/** What a plan-scoped check needs to know about the plan. */
export interface PlanSubject {
  status: string;
  /** directory units assigned anywhere in the plan */
  unitIds: readonly string[];
}

/** True when the actor may perform the action (on the plan, when one is given). */
export function can(actor: Actor, action: Action, subject?: PlanSubject): boolean {
  if (!roleMay(actor.role, action)) return false;
  if (action !== "plans.read" || !subject) return true;
  if (roleMay(actor.role, "plans.read_unpublished")) return true;
  if (subject.status !== "published") return false;
  if (!isUnitScoped(actor.role)) return true;
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
  if (roleMay(actor.role, "plans.read_unpublished")) return { all: true };
  return { publishedOnly: true, unitIds: isUnitScoped(actor.role) ? actor.unitIds : null };
}
