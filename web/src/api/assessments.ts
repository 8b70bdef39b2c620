/** Assessment (考核): the rule sheet per plan, scores line by line, what-if, appeals, ranking downloads. */
import type { z } from "zod";
import type { RuleSheet } from "../../../src/core/domain/assessment/rules.ts";
import type { LineKind } from "../../../src/core/domain/assessment/score.ts";
import type { appealBody, appealSchema, decisionBody, scoresSchema, whatIfSchema } from "../../../src/server/modules/assessments/assessments.schemas.ts";
import { api, query } from "./client.ts";

/*
 * The shapes are inferred from the server's zod schemas (assessments.schemas.ts), not written again here:
 * `npm run typecheck` covers web/src, so it fails when the web and the server disagree. The rule sheet is the pure
 * core's type (the web edits it and the core computes with it); the server's ruleSheetSchema mirrors it.
 */
export type { RuleSheet, LineKind };
export type Scores = z.infer<typeof scoresSchema>;
export type WhatIf = z.infer<typeof whatIfSchema>;
/** A unit's score, line by line. */
export type UnitScore = Scores["scores"][number];
export type ScoreLine = UnitScore["lines"][number];
/** A place in the ranking. */
export type Ranked = Scores["ranking"][number];
/** A unit's appeal against one line, and the supervisor's decision. */
export type Appeal = z.infer<typeof appealSchema>;

/** Query keys for the assessment caches. */
export const assessmentKeys = {
  scores: (planId: string, year?: string) => ["assessments", planId, "scores", year ?? ""] as const,
  appeals: (planId: string) => ["assessments", planId, "appeals"] as const,
  plan: (planId: string) => ["assessments", planId] as const,
};

export const assessmentsApi = {
  putRules: (planId: string, version: number, rules: RuleSheet) =>
    api.put<{ rules: RuleSheet; version: number }>(`/assessments/${planId}/rules`, { version, rules }),
  scores: (planId: string, year?: string) => api.get<Scores>(`/assessments/${planId}/scores${query({ year })}`),
  whatIf: (planId: string, rules: RuleSheet, year?: string) => api.post<WhatIf>(`/assessments/${planId}/what-if${query({ year })}`, { rules }),
  appeals: (planId: string) => api.get<Appeal[]>(`/assessments/${planId}/appeals`),
  appeal: (planId: string, body: z.input<typeof appealBody>) =>
    api.post<Appeal>(`/assessments/${planId}/appeals`, body),
  decide: (planId: string, appealId: string, body: z.input<typeof decisionBody>) =>
    api.post<Appeal>(`/assessments/${planId}/appeals/${appealId}/decision`, body),
  /** the ranking download address */
  rankingUrl: (planId: string, kind: "xlsx" | "docx", year?: string) => `/api/assessments/${planId}/ranking.${kind}${query({ year })}`,
};
