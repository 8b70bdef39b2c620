/** Zod schemas of the report routes. */
import { z } from "zod";
import { quantity } from "../../quantity.schemas.ts";
import { REPORT_STATUSES } from "../../../core/domain/reports/report-status.ts";

export { REPORT_STATUSES };

export const reportIdParams = z.object({ id: z.uuid() });

export const reportedValueSchema = z.object({
  targetId: z.uuid(),
  /** numbers only; null means "no data this round" and needs `noDataReason` */
  value: quantity("value").nullable(),
  noDataReason: z.string().max(2000).nullish(),
  explanation: z.string().max(2000).nullish(),
});

export const saveDraftBody = z.object({
  version: z.int(),
  progress: z.string().max(20_000),
  problems: z.string().max(20_000).default(""),
  completed: z.boolean().default(false),
  values: z.array(reportedValueSchema).max(200).default([]),
});

export const submitBody = z.object({ version: z.int() });

export const reviewBody = z.object({
  version: z.int(),
  decision: z.enum(["accept", "return"]),
  comment: z.string().max(5000).default(""),
});

export const contributionBody = z.object({
  text: z.string().min(1).max(20_000),
  values: z.array(reportedValueSchema).max(200).default([]),
});

const contentSchema = z.object({
  progress: z.string(),
  problems: z.string(),
  completed: z.boolean(),
  values: z.array(reportedValueSchema.extend({ targetId: z.string() })),
});

export const reportSchema = contentSchema.extend({
  id: z.string(),
  roundId: z.string(),
  planId: z.string(),
  itemId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  role: z.string(),
  status: z.enum(REPORT_STATUSES),
  version: z.number(),
  submissions: z.number(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
});

export const changeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const reportDetailSchema = z.object({
  report: reportSchema,
  round: z.object({ id: z.string(), period: z.string(), deadline: z.string(), status: z.string() }),
  item: z.object({ id: z.string(), path: z.array(z.string()), heading: z.string().nullable(), text: z.string() }),
  targets: z.array(
    z.object({
      id: z.string(),
      quote: z.string(),
      metric: z.string().nullable(),
      value: z.number(),
      unit: z.string().nullable(),
      cmp: z.string(),
      kind: z.string(),
      aspirational: z.boolean(),
    }),
  ),
  /** the same item's report in the unit's previous round, to pre-fill the form */
  previous: contentSchema.extend({ period: z.string() }).nullable(),
  contributions: z.array(
    z.object({ unitId: z.string(), unitName: z.string(), text: z.string(), values: z.array(reportedValueSchema), updatedAt: z.string() }),
  ),
  history: z.array(
    z.object({ action: z.string(), at: z.string(), actorId: z.string().nullable(), comment: z.string().nullable(), version: z.number() }),
  ),
  /** what changed between the last two submissions */
  changes: z.array(changeSchema),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() })),
});

export const inboxEntrySchema = z.object({
  roundId: z.string(),
  period: z.string(),
  deadline: z.string(),
  overdue: z.boolean(),
  planId: z.string(),
  planTitle: z.string(),
  itemId: z.string(),
  path: z.array(z.string()),
  heading: z.string().nullable(),
  role: z.string(),
  unitId: z.string(),
  reportId: z.string(),
  reportStatus: z.enum(REPORT_STATUSES),
});

export const reviewQueueEntrySchema = z.object({
  reportId: z.string(),
  roundId: z.string(),
  period: z.string(),
  unitName: z.string(),
  itemId: z.string(),
  heading: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submissions: z.number(),
  version: z.number(),
  changes: z.array(changeSchema),
});
