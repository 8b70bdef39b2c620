/** Zod schemas of the status routes. */
import { z } from "zod";
import { STATUSES } from "../../../core/domain/status/status.ts";

export const statusEnum = z.enum(STATUSES);

export const statusQuery = z.object({
  planId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/).optional(),
});

const judgement = { status: statusEnum, reason: z.string(), overridden: z.boolean() };

export const targetStatusSchema = z.object({
  targetId: z.string(),
  quote: z.string(),
  kind: z.string(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  period: z.string().nullable(),
  stretchTargetId: z.string().nullable(),
  stretchMet: z.boolean().nullable(),
  ...judgement,
});

export const itemStatusSchema = z.object({
  itemId: z.string(),
  planId: z.string(),
  path: z.array(z.string()),
  heading: z.string().nullable(),
  ...judgement,
  overdue: z.boolean(),
  overdueReason: z.string(),
  unitIds: z.array(z.string()),
  targets: z.array(targetStatusSchema),
});

export const statusResponse = z.object({ asOf: z.string(), tolerance: z.number(), items: z.array(itemStatusSchema) });

export const overrideBody = z
  .object({
    itemId: z.uuid().optional(),
    targetId: z.uuid().optional(),
    status: statusEnum,
    reason: z.string().max(2000),
  })
  .refine((b) => Boolean(b.itemId) !== Boolean(b.targetId), { message: "give exactly one of itemId and targetId" });

export const overrideSchema = z.object({
  id: z.string(),
  itemId: z.string().nullable(),
  targetId: z.string().nullable(),
  status: statusEnum,
  reason: z.string(),
  actorId: z.string().nullable(),
  at: z.string(),
});

export const seriesParams = z.object({ id: z.uuid() });
export const seriesSchema = z.array(
  z.object({ period: z.string(), unitId: z.string(), value: z.number().nullable(), expected: z.number().nullable() }),
);
