/**
 * The one table of who may do what: every action a role can be granted, and the roles granted it. The
 * server's policies check it, `/api/auth/me` sends the actor's share of it, and the web app's menus and
 * buttons read that share; nobody keeps a copy.
 */
import { ROLES, type Role } from "./roles.ts";

/** Every action, named `<feature>.<verb>`. */
export const ACTIONS = [
  "users.manage",
  "settings.manage",
  "contacts.manage",
  "units.read",
  "units.write",
  "plans.read",
  "plans.read_unpublished",
  "plans.read_source",
  "plans.import",
  "plans.edit",
  "plans.publish",
  "audit.read",
  "rounds.open",
  "rounds.close",
  "rounds.schedule",
  "rounds.urge",
  "reports.write",
  "reports.oversee",
  "reports.review",
  "status.override",
  "bulletins.draft",
  "bulletins.edit",
  "bulletins.publish",
  "bulletins.read_drafts",
  "assessments.rules",
  "assessments.what_if",
  "assessments.appeal",
  "assessments.decide_appeal",
  "dashboard.overview",
] as const;
/** One action. */
export type Action = (typeof ACTIONS)[number];

const everyone = ROLES;
const supervision = ["admin", "supervisor"] as const satisfies readonly Role[];

/** The roles granted each action. */
export const GRANTS: Readonly<Record<Action, readonly Role[]>> = {
  "users.manage": ["admin"],
  "settings.manage": ["admin"],
  /** set someone else's e-mail address for reminders (one's own needs no grant) */
  "contacts.manage": ["admin"],
  "units.read": everyone,
  "units.write": supervision,
  "plans.read": everyone,
  /** see drafts and every plan, not only published plans in scope */
  "plans.read_unpublished": supervision,
  /** the whole source document, its original file and its revisions (a reporter reads only its items' text) */
  "plans.read_source": ["admin", "supervisor", "viewer"],
  "plans.import": supervision,
  "plans.edit": supervision,
  "plans.publish": supervision,
  "audit.read": supervision,
  "rounds.open": supervision,
  "rounds.close": supervision,
  "rounds.schedule": supervision,
  /** remind units that still owe a round's reports, now (催办) */
  "rounds.urge": supervision,
  /** draft and submit the reports of one's own units */
  "reports.write": ["reporter"],
  /** see every unit's reports */
  "reports.oversee": ["admin", "supervisor", "viewer"],
  "reports.review": supervision,
  "status.override": supervision,
  "bulletins.draft": supervision,
  "bulletins.edit": supervision,
  "bulletins.publish": supervision,
  "bulletins.read_drafts": supervision,
  "assessments.rules": supervision,
  "assessments.what_if": supervision,
  /** appeal a line of one's own unit's score */
  "assessments.appeal": ["reporter"],
  "assessments.decide_appeal": supervision,
  /** the province-wide dashboard as a landing page (the API also serves a reporter its own units) */
  "dashboard.overview": ["admin", "supervisor", "viewer"],
};

/** Roles whose reads are limited to the units they answer for. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ["reporter"];

/** True when the role is granted the action. */
export function roleMay(role: Role, action: Action): boolean {
  return GRANTS[action].includes(role);
}

/** The actions a role is granted, in table order (what `/api/auth/me` sends). */
export function permissionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => roleMay(role, action));
}

/** True when the role sees only its own units' data. */
export function isUnitScoped(role: Role): boolean {
  return UNIT_SCOPED_ROLES.includes(role);
}
