/** Zod schemas of the rounds routes. */
import { z } from "zod";
import { ROUND_KINDS } from "../../../core/domain/reports/round-kind.ts";

export { ROUND_KINDS };
export const ROUND_STATUSES = ["open", "closed"] as const;

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const openRoundBody = z.object({
  planIds: z.array(z.uuid()).min(1),
  kind: z.enum(ROUND_KINDS),
  /** "2025-09", "2025-Q3", or an ad hoc date */
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/, "2025-09, 2025-Q3 or 2025-09-15"),
  deadline: localDate,
});

export const roundIdParams = z.object({ id: z.uuid() });

export const roundSchema = z.object({
  id: z.string(),
  kind: z.enum(ROUND_KINDS),
  period: z.string(),
  deadline: z.string(),
  status: z.enum(ROUND_STATUSES),
  planIds: z.array(z.string()),
  reportCount: z.number(),
  submittedCount: z.number(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const owingSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  itemCount: z.number(),
  /** past the round's deadline (before it the unit is 未到期, not 逾期) */
  overdue: z.boolean(),
  overdueDays: z.number(),
});

/** An owing unit in a round's detail, with how often it was reminded (催办, by hand or by the sweep) and when last. */
export const owingDetailSchema = owingSchema.extend({ remindedCount: z.number().int(), lastRemindedAt: z.string().nullable() });

export const roundDetailSchema = roundSchema.extend({ owing: z.array(owingDetailSchema) });

export const urgeBody = z.object({ unitIds: z.array(z.uuid()).max(2000).optional() });
export const urgedSchema = z.object({ urged: z.array(z.object({ unitId: z.string(), unitName: z.string(), recipients: z.number().int() })) });

export const roundScheduleBody = z.object({
  planIds: z.array(z.uuid()).min(1),
  kind: z.enum(["monthly", "quarterly"]),
  /** days after opening that the round's deadline falls */
  deadlineAfterDays: z.int().min(1).max(60),
});
