/** zod schemas of the assessment routes; the rule sheet's shape mirrors core/domain/assessment/rules.ts. */
import { z } from "zod";
import { LINE_KINDS } from "../../../core/domain/assessment/score.ts";
import { STATUSES } from "../../../core/domain/status/status.ts";
import { TARGET_KINDS } from "../../../core/domain/status/target-kind.ts";
import { UNIT_ROLES } from "../../../core/extract/types.ts";

const weight = z.number().min(0).max(1000);
const share = z.number().min(0).max(1);
const marks = z.number().min(0).max(1000);

export const ruleSheetSchema = z.object({
  fullMarks: z.number().positive().max(1000),
  weights: z.object({
    task: weight,
    byTargetKind: z.record(z.enum(TARGET_KINDS), weight),
    byItem: z.record(z.string(), weight),
  }),
  roleFactor: z.record(z.enum(UNIT_ROLES), share),
  taskCredit: z.record(z.enum(STATUSES), share),
  stretchBonus: z.object({ perTarget: marks, cap: marks }),
  deductions: z.object({ lateReport: marks, returnedReport: marks, cap: marks }),
  vetoItems: z.array(z.string()),
});

export const planParams = z.object({ planId: z.uuid() });
/** `year=2025`: only that year's rounds, statuses as of its end; absent: every round so far */
export const yearQuery = z.object({ year: z.string().regex(/^\d{4}$/, "YYYY").optional() });
export const appealParams = z.object({ planId: z.uuid(), appealId: z.uuid() });
export const rulesSchema = z.object({ rules: ruleSheetSchema, version: z.number().int() });
export const putRulesBody = z.object({ version: z.number().int().min(0), rules: ruleSheetSchema });
export const whatIfBody = z.object({ rules: ruleSheetSchema });

const lineSchema = z.object({
  id: z.string(),
  kind: z.enum(LINE_KINDS),
  label: z.string(),
  formula: z.string(),
  points: z.number(),
  adjusted: z.string().nullable(),
});
export const unitScoreSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  completion: z.number(),
  bonus: z.number(),
  deductions: z.number(),
  total: z.number(),
  vetoed: z.boolean(),
  lines: z.array(lineSchema),
});
export const rankedSchema = z.object({ rank: z.number().int(), unitId: z.string(), unitName: z.string(), total: z.number(), vetoed: z.boolean() });
export const scoresSchema = z.object({ rules: ruleSheetSchema, rulesVersion: z.number().int(), scores: z.array(unitScoreSchema), ranking: z.array(rankedSchema) });
const place = z.object({ rank: z.number().int(), total: z.number() });
export const whatIfSchema = z.object({
  scores: z.array(unitScoreSchema),
  ranking: z.array(rankedSchema),
  changes: z.array(z.object({ unitId: z.string(), unitName: z.string(), before: place, after: place })),
});

export const appealBody = z.object({
  unitId: z.uuid(),
  lineId: z.string().min(1).max(200),
  reason: z.string().trim().min(1).max(2000),
  evidence: z.string().trim().min(1).max(4000),
});
export const decisionBody = z.object({
  version: z.number().int(),
  decision: z.enum(["uphold", "reject"]),
  value: z.number().min(0).max(1000).optional(),
  note: z.string().trim().min(1).max(2000),
});
export const appealSchema = z.object({
  id: z.string(),
  planId: z.string(),
  unitId: z.string(),
  lineId: z.string(),
  reason: z.string(),
  evidence: z.string(),
  status: z.enum(["pending", "upheld", "rejected"]),
  value: z.number().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
