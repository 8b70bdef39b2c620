/** zod schemas of the plans API: they validate requests and make the OpenAPI. */
import { z } from "zod";
import { CHANGES, COMPARISONS, ITEM_KINDS, UNIT_ROLES } from "../../../core/extract/types.ts";
import { TARGET_KINDS } from "../../../core/domain/status/target-kind.ts";
import { quantity } from "../../quantity.schemas.ts";

/** Plan states: a draft under review, or published to the units. */
export const PLAN_STATUSES = ["draft", "published"] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);

const span = z.tuple([z.number().int(), z.number().int()]);
const id = z.uuid();

export const planSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: planStatusSchema,
  version: z.number().int(),
  revision: z.number().int(),
  counts: z.object({ items: z.number().int(), targets: z.number().int(), units: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});

export const assignmentSchema = z.object({
  id: z.string(),
  role: z.enum(UNIT_ROLES),
  name: z.string(),
  unitId: z.string().nullable(),
  span: span.nullable(),
});

/** A value the plan names for a date before the deadline. */
export const milestoneSchema = z.object({ date: z.iso.date(), value: z.number() });

export const targetSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  version: z.number().int(),
  quote: z.string(),
  metric: z.string().nullable(),
  scope: z.string().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
  cmp: z.enum(COMPARISONS),
  change: z.enum(CHANGES).nullable(),
  aspirational: z.boolean(),
  baseline: z.number().nullable(),
  deadline: z.string().nullable(),
  milestones: z.array(milestoneSchema),
  kind: z.enum(TARGET_KINDS),
  span: span.nullable(),
  valueSpan: span.nullable(),
  metricSpan: span.nullable(),
});

export const itemSchema = z.object({
  id: z.string(),
  key: z.string(),
  parentId: z.string().nullable(),
  path: z.array(z.string()),
  kind: z.enum(ITEM_KINDS),
  heading: z.string().nullable(),
  anchor: z.string(),
  text: z.string(),
  span: span.nullable(),
  headingSpan: span.nullable(),
  version: z.number().int(),
  when: z.array(z.string()),
  times: z.array(z.object({ text: z.string(), span })),
  cells: z.array(z.object({ span, column: z.string(), role: z.string() })),
  assignments: z.array(assignmentSchema),
  targets: z.array(targetSchema),
});

export const unitResolutionSchema = z.object({
  name: z.string(),
  unitId: z.string().nullable(),
  how: z.enum(["exact", "alias"]).nullable(),
  suggestions: z.array(z.object({ unitId: z.string(), name: z.string(), score: z.number() })),
});

export const planDetailSchema = z.object({
  plan: planSummarySchema.extend({
    documentId: z.string(),
    meta: z.object({
      title: z.string().nullable(),
      issuer: z.string().nullable(),
      docNumber: z.string().nullable(),
      date: z.string().nullable(),
      period: z.tuple([z.number(), z.number()]).nullable(),
    }),
    warnings: z.array(z.string()),
  }),
  text: z.string(),
  items: z.array(itemSchema),
  units: z.array(unitResolutionSchema),
});

export const planParams = z.object({ id });
export const itemParams = z.object({ id, itemId: id });
export const targetParams = z.object({ id, targetId: id });

export const updateItemBody = z.object({
  version: z.number().int(),
  kind: z.enum(ITEM_KINDS).optional(),
  heading: z.string().trim().max(500).nullable().optional(),
  text: z.string().trim().min(1).max(20_000).optional(),
});

export const addItemBody = z.object({
  parentId: id.nullable(),
  path: z.array(z.string().trim().min(1).max(20)).min(1).max(8),
  kind: z.enum(ITEM_KINDS),
  heading: z.string().trim().max(500).nullable().optional(),
  text: z.string().trim().max(20_000).optional(),
});

const unitNames = z.array(z.string().trim().min(1).max(100)).max(50);
export const assignmentsBody = z.object({ version: z.number().int(), lead: unitNames, support: unitNames, owners: unitNames });

/** A number, or text a person typed for one; the service turns text into a number or a clear 400 and checks a share. */
const numberInput = (field: string) => z.union([quantity(field), z.string().max(50)]);

/** Milestones as sent by the review editor: finite numbers, dates strictly increasing. */
const milestonesInput = z
  .array(z.object({ date: z.iso.date(), value: quantity("milestones.value") }))
  .max(50)
  .refine((list) => list.every((m, i) => i === 0 || m.date > list[i - 1].date), {
    message: "里程碑日期必须严格递增 / Milestone dates must be strictly increasing",
  });

const targetFields = {
  quote: z.string().trim().min(1).max(1000),
  metric: z.string().trim().min(1).max(200),
  scope: z.string().trim().max(200).nullable(),
  value: numberInput("value"),
  unit: z.string().trim().max(20).nullable(),
  cmp: z.enum(COMPARISONS),
  change: z.enum(CHANGES).nullable(),
  aspirational: z.boolean(),
  baseline: numberInput("baseline").nullable(),
  deadline: z.iso.date().nullable(),
  milestones: milestonesInput,
  kind: z.enum(TARGET_KINDS),
};

export const addTargetBody = z.object({
  ...targetFields,
  scope: targetFields.scope.default(null),
  unit: targetFields.unit.default(null),
  cmp: targetFields.cmp.default("="),
  change: targetFields.change.default(null),
  aspirational: targetFields.aspirational.default(false),
  baseline: targetFields.baseline.default(null),
  deadline: targetFields.deadline.default(null),
  milestones: targetFields.milestones.default([]),
  kind: targetFields.kind.optional(),
});

export const updateTargetBody = z.object(targetFields).partial().extend({ version: z.number().int() });

export const resolveUnitBody = z.union([
  z.object({ name: z.string().trim().min(1).max(100), unitId: id }),
  z.object({
    name: z.string().trim().min(1).max(100),
    create: z.object({ name: z.string().trim().min(1).max(100), parentId: id.nullish() }),
  }),
]);

export const publishBody = z.object({ version: z.number().int().optional() }).nullish();

export const revisionSchema = z.object({ revision: z.number().int(), createdAt: z.string(), documentId: z.string() });

const itemRef = z.object({ key: z.string(), path: z.array(z.string()), heading: z.string().nullable() });
export const diffSchema = z.object({
  added: z.array(itemRef),
  removed: z.array(itemRef),
  changed: z.array(z.object({ item: itemRef, fields: z.array(z.string()) })),
});

export const documentQuery = z.object({ revision: z.coerce.number().int().min(1).optional() });

export const diffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
