/**
 * What the status rules read, in their own terms: a plan's period and publication, its items, targets and
 * assignments, the reports on them with their rounds, the unit directory and the overrides. The server loads
 * these from the database; nothing here knows a table.
 */
import type { ReportedValue } from "../reports/report-content.ts";
import type { Milestone } from "./trajectory.ts";

/** A plan as the rules see it: the years it covers, and when it was published. */
export interface PlanInput {
  id: string;
  meta: { period?: [number, number] | null } | null;
  publishedAt: Date | null;
  createdAt: Date;
}

/** An item: where it sits in its plan. */
export interface ItemInput {
  id: string;
  planId: string;
  /** its place in the plan's document order */
  position: number;
  path: string[];
  heading: string | null;
}

/** A quantitative target of an item. */
export interface TargetInput {
  id: string;
  itemId: string;
  quote: string;
  metric: string | null;
  value: number;
  unit: string | null;
  cmp: string;
  change: string | null;
  aspirational: boolean;
  baseline: number | null;
  /** local date YYYY-MM-DD */
  deadline: string | null;
  milestones: Milestone[] | null;
  kind: string;
}

/** A unit named on an item, in a role; null unit when the name is not yet resolved to the directory. */
export interface AssignmentInput {
  itemId: string;
  unitId: string | null;
  role: string;
}

/** A report of a unit on an item in one round, with the round's period, deadline and when it was opened. */
export interface ReportInput {
  itemId: string;
  unitId: string;
  status: string;
  values: ReportedValue[];
  completed: boolean;
  reviewComment: string | null;
  firstSubmittedAt: Date | null;
  period: string;
  deadline: string;
  roundCreatedAt: Date;
  roundId: string;
}

/** A unit of the directory. */
export interface UnitInput {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** A supervisor's override, newest first in the list the rules get. */
export interface OverrideInput {
  itemId: string | null;
  targetId: string | null;
  status: string;
  reason: string;
  at: Date;
  by: string | null;
}
