/** The shapes the API answers with (docs/api.md); the OpenAPI at /api/docs is the final word. */
import type { Action } from "../../../src/core/domain/access/permissions.ts";
import { ROLES, type Role } from "../../../src/core/domain/access/roles.ts";
import { UNIT_KINDS, type UnitKind } from "../../../src/core/domain/units/unit-kinds.ts";
import type { Comparison, ItemKind, Meta, Span, TimeMention, UnitRole } from "../../../src/core/extract/types.ts";

export type { Comparison, ItemKind, Span, UnitRole };
export { type Action, ROLES, type Role, UNIT_KINDS, type UnitKind };

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitIds: string[];
  active?: boolean;
  version?: number;
}

export interface Session {
  user: User;
  /** the actions the user's role is granted, from the server's one table */
  permissions: Action[];
  csrfToken: string;
}

/** The signed-in user with its permissions, as the session keeps it. */
export interface SignedInUser extends User {
  permissions: Action[];
}


export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
  aliases: string[];
  kind: UnitKind;
  version: number;
}

export interface UnitMatch {
  unitId: string;
  name: string;
  score: number;
  how: "exact" | "alias" | "similar";
}

export interface PlanSummary {
  id: string;
  title: string;
  status: "draft" | "published";
  version: number;
  revision: number;
  publishedAt: string | null;
  counts: { items: number; targets: number; units: number };
  createdAt: string;
  updatedAt: string;
}

export interface Assignment {
  id: string;
  role: UnitRole;
  name: string;
  unitId: string | null;
  span: Span | null;
}

/** A value a target should reach by a date before its deadline. */
export interface Milestone {
  date: string;
  value: number;
}

export interface TargetDto {
  id: string;
  version: number;
  quote: string;
  metric: string | null;
  scope: string | null;
  value: number;
  unit: string | null;
  cmp: Comparison;
  change: "up" | "down" | null;
  aspirational: boolean;
  baseline: number | null;
  deadline: string | null;
  /** values due before the deadline; empty means a straight line from baseline to deadline */
  milestones: Milestone[];
  kind: string;
  span: Span | null;
  valueSpan: Span | null;
  metricSpan: Span | null;
}

export interface ItemDto {
  id: string;
  key: string;
  parentId: string | null;
  path: string[];
  kind: ItemKind;
  heading: string | null;
  anchor: string;
  text?: string;
  span: Span | null;
  headingSpan: Span | null;
  version: number;
  when: string[];
  times: TimeMention[];
  /** a table row's cells under their columns (empty for prose items) */
  cells?: ItemCell[];
  assignments: Assignment[];
  targets: TargetDto[];
}

/** One cell of a table row as the parser read it. */
export interface ItemCell {
  span: Span;
  column: string;
  role: string;
}

export interface UnitResolution {
  name: string;
  unitId: string | null;
  how: "exact" | "alias" | null;
  suggestions: { unitId: string; name: string; score: number }[];
}

export interface PlanDetail {
  plan: PlanSummary & { meta: Meta; documentId: string; warnings?: string[] };
  text: string;
  items: ItemDto[];
  units: UnitResolution[];
}

export interface ItemRef {
  key: string;
  path: string[];
  heading: string | null;
}

export interface PlanDiff {
  added: ItemRef[];
  removed: ItemRef[];
  changed: { item: ItemRef; fields: string[] }[];
}

/** One imported document of a plan (a "version" in the UI). */
export interface PlanVersion {
  revision: number;
  createdAt: string;
  documentId: string;
}
