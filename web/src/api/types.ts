/**
 * The shapes the API answers with, inferred from the server's zod response schemas (the same schemas validate the
 * responses and make the OpenAPI at /api/docs). There are no hand-written twins: when the server's shapes change,
 * `npm run typecheck` (tsc over src and web/src) fails on every page that reads a field the server no longer sends.
 * Only types are imported from src/server (`import type`), so no server code reaches the web bundle; the lists
 * (ROLES, UNIT_KINDS) come from the pure core.
 */
import type { z } from "zod";
import type { Action } from "../../../src/core/domain/access/permissions.ts";
import type { sessionResponse } from "../../../src/server/modules/auth/auth.schemas.ts";
import type {
  assignmentSchema,
  diffSchema,
  itemSchema,
  milestoneSchema,
  planDetailSchema,
  planSummarySchema,
  revisionSchema,
  targetSchema,
  unitResolutionSchema,
} from "../../../src/server/modules/plans/plans.schemas.ts";
import type { unitMatchSchema, unitSchema } from "../../../src/server/modules/units/units.schemas.ts";
import type { userSchema } from "../../../src/server/modules/users/users.schemas.ts";
import { ROLES, type Role } from "../../../src/core/domain/access/roles.ts";
import { UNIT_KINDS, type UnitKind } from "../../../src/core/domain/units/unit-kinds.ts";
import { type Comparison, type ItemKind, type Span, UNIT_ROLES, type UnitRole } from "../../../src/core/extract/types.ts";

export { type Comparison, type ItemKind, type Span, UNIT_ROLES, type UnitRole };
export { type Action, ROLES, type Role, UNIT_KINDS, type UnitKind };

export type User = z.infer<typeof userSchema>;
export type Session = z.infer<typeof sessionResponse>;
/** The signed-in user with its permissions, as the session keeps it. */
export type SignedInUser = User & { permissions: Action[] };
export type Unit = z.infer<typeof unitSchema>;
export type UnitMatch = z.infer<typeof unitMatchSchema>;
export type PlanSummary = z.infer<typeof planSummarySchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
/** A value a target should reach by a date before its deadline. */
export type Milestone = z.infer<typeof milestoneSchema>;
/** A target; `milestones` empty means a straight line from baseline to deadline. */
export type TargetDto = z.infer<typeof targetSchema>;
/** An item; `cells` holds a table row's cells under their columns (empty for prose items). */
export type ItemDto = z.infer<typeof itemSchema>;
/** One cell of a table row as the parser read it. */
export type ItemCell = ItemDto["cells"][number];
export type UnitResolution = z.infer<typeof unitResolutionSchema>;
export type PlanDetail = z.infer<typeof planDetailSchema>;
export type PlanDiff = z.infer<typeof diffSchema>;
export type ItemRef = PlanDiff["added"][number];
/** One imported document of a plan (a "version" in the UI). */
export type PlanVersion = z.infer<typeof revisionSchema>;
