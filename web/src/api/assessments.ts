/** Assessment (考核): the rule sheet per plan, scores line by line, what-if, appeals, ranking downloads. */
import type { RuleSheet } from "../../../src/core/domain/assessment/rules.ts";
import type { RankChange, RankedUnit } from "../../../src/core/domain/assessment/ranking.ts";
import type { LineKind, ScoreLine, UnitScore } from "../../../src/core/domain/assessment/score.ts";
import { api, query } from "./client.ts";

/** The calculation's shapes come from the pure core that computes them on the server. */
export type { RuleSheet, LineKind, ScoreLine, UnitScore };
/** A place in the ranking. */
export type Ranked = RankedUnit;

export interface Scores {
  rules: RuleSheet;
  rulesVersion: number;
  scores: UnitScore[];
  ranking: Ranked[];
}

export interface WhatIf {
  scores: UnitScore[];
  ranking: Ranked[];
  changes: RankChange[];
}

/** A unit's appeal against one line, and the supervisor's decision. */
export interface Appeal {
  id: string;
  planId: string;
  unitId: string;
  lineId: string;
  reason: string;
  evidence: string;
  status: "pending" | "upheld" | "rejected";
  value: number | null;
  decisionNote: string | null;
  version: number;
  createdAt: string;
  decidedAt: string | null;
}

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
  appeal: (planId: string, body: { unitId: string; lineId: string; reason: string; evidence: string }) =>
    api.post<Appeal>(`/assessments/${planId}/appeals`, body),
  decide: (planId: string, appealId: string, body: { version: number; decision: "uphold" | "reject"; value?: number; note: string }) =>
    api.post<Appeal>(`/assessments/${planId}/appeals/${appealId}/decision`, body),
  /** the ranking download address */
  rankingUrl: (planId: string, kind: "xlsx" | "docx", year?: string) => `/api/assessments/${planId}/ranking.${kind}${query({ year })}`,
};
