/**
 * Use cases of the assessment (考核): the plan's rule sheet, scores per unit with the calculation, what-if
 * under changed rules, appeals against a line and their decision, and the ranking as .xlsx or .docx.
 */
import { rank, compareRankings } from "../../../core/domain/assessment/ranking.ts";
import { DEFAULT_RULES, type RuleSheet } from "../../../core/domain/assessment/rules.ts";
import { scoreUnits, type Adjustment, type UnitScore } from "../../../core/domain/assessment/score.ts";
import { localDate, periodEnd } from "../../../core/domain/status/calendar.ts";
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import type { RankingDto } from "../../files/writers/ranking.dto.ts";
import { audited } from "../audit/audit.ts";
import { loadReadablePlan } from "../plans/plans.policy.ts";
import { assertManagesAssessment, assertMayAppeal, visibleToActor } from "./assessments.policy.ts";
import { loadStatuses, planParts, reportsOfPlans } from "../status/status.queries.ts";
import { appealDecided, appealNotFound, appealUnknownLine, appealValueRequired, rulesStale } from "./assessments.errors.ts";
import { assessedUnits } from "./assessments.presenter.ts";
import {
  type AppealRow,
  appealsOfPlan,
  decideAppealIfVersion,
  findAppeal,
  contributionsOfPlan,
  findRules,
  insertAppeal,
  reportTimeliness,
  returnCounts,
  saveRules,
  unitDirectory,
} from "./assessments.repository.ts";

/** The plan's rule sheet: the saved one, or the default (version 0) until a supervisor saves one. */
async function rulesOf(ctx: ServiceContext, planId: string) {
  const row = await findRules(ctx.db, planId);
  return { rules: row?.rules ?? DEFAULT_RULES, version: row?.version ?? 0 };
}

/** GET the rule sheet. */
export async function getRules(ctx: ServiceContext, planId: string) {
  await loadReadablePlan(ctx, planId);
  return rulesOf(ctx, planId);
}

/** Saves the rule sheet (supervisors); `version` is the one read (0 for the default); stale gets 409. */
export async function putRules(ctx: ServiceContext, planId: string, input: { version: number; rules: RuleSheet }) {
  assertManagesAssessment(ctx.actor, "assessments.rules");
  await loadReadablePlan(ctx, planId);
  const current = await rulesOf(ctx, planId);
  const now = ctx.clock.now();
  const saved = await audited(ctx, { action: "assessments.rules", entity: "plan", entityId: planId, before: current }, async (tx) => {
    const row = await saveRules(tx, planId, input.version, { rules: input.rules, updatedBy: ctx.actor.id, createdAt: now, updatedAt: now });
    if (!row) throw rulesStale({ current });
    return { result: { rules: row.rules, version: row.version } };
  });
  return saved;
}

/**
 * The assessment's input for every unit of the plan. A ranking compares all units, so statuses are computed
 * over the whole plan whoever asks; what a reporter is shown is narrowed afterwards.
 */
async function unitsOf(ctx: ServiceContext, planId: string, year?: string) {
  const wholePlan: ServiceContext = { ...ctx, actor: { ...ctx.actor, role: "viewer", unitIds: [] } };
  const [{ items }, parts, reports, timeliness, returned, directory, contributed] = await Promise.all([
    loadStatuses(wholePlan, { planId, period: year }),
    planParts(ctx.db, [planId]),
    reportsOfPlans(ctx.db, [planId]),
    reportTimeliness(ctx.db, planId, year),
    returnCounts(ctx.db, planId, year),
    unitDirectory(ctx.db),
    contributionsOfPlan(ctx.db, planId, year),
  ]);
  const now = localDate(ctx.clock.now());
  const today = year && periodEnd(year) < now ? periodEnd(year) : now;
  return assessedUnits({ parts, reports, today }, items, timeliness, returned, directory, contributed);
}

const adjustmentsOf = (appeals: AppealRow[]): Adjustment[] =>
  appeals.flatMap((a) => (a.status === "upheld" && a.value != null ? [{ unitId: a.unitId, lineId: a.lineId, value: a.value, note: a.decisionNote ?? "" }] : []));

/** Which year to assess (its rounds, and statuses as of its end), and rules to try instead of the saved ones. */
export interface ScoreOptions {
  year?: string;
  rules?: RuleSheet;
}

async function scored(ctx: ServiceContext, planId: string, { year, rules }: ScoreOptions = {}) {
  const [units, sheet, appeals] = await Promise.all([unitsOf(ctx, planId, year), rulesOf(ctx, planId), appealsOfPlan(ctx.db, planId)]);
  const scores = scoreUnits(units, rules ?? sheet.rules, adjustmentsOf(appeals));
  return { scores, ranking: rank(scores), sheet };
}

/** What a reporter may see of the scores: its own units' calculations, and the ranking (names and totals). */
function narrowed(ctx: ServiceContext, scores: UnitScore[]): UnitScore[] {
  return visibleToActor(ctx.actor, scores);
}

/** Scores per unit with the calculation line by line, and the ranking. */
export async function getScores(ctx: ServiceContext, planId: string, year?: string) {
  await loadReadablePlan(ctx, planId);
  const { scores, ranking, sheet } = await scored(ctx, planId, { year });
  return { rules: sheet.rules, rulesVersion: sheet.version, scores: narrowed(ctx, scores), ranking };
}

/** What-if: the ranking under a changed rule sheet beside the current one; nothing is saved (supervisors). */
export async function whatIf(ctx: ServiceContext, planId: string, rules: RuleSheet, year?: string) {
  assertManagesAssessment(ctx.actor, "assessments.what_if");
  await loadReadablePlan(ctx, planId);
  const current = await scored(ctx, planId, { year });
  const changed = await scored(ctx, planId, { year, rules });
  return { scores: changed.scores, ranking: changed.ranking, changes: compareRankings(current.ranking, changed.ranking) };
}

function presentAppeal(row: AppealRow) {
  return {
    id: row.id,
    planId: row.planId,
    unitId: row.unitId,
    lineId: row.lineId,
    reason: row.reason,
    evidence: row.evidence,
    status: row.status as "pending" | "upheld" | "rejected",
    value: row.value,
    decisionNote: row.decisionNote,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** Appeals on the plan: all for supervisors and viewers, its own units' for a reporter. */
export async function listAppeals(ctx: ServiceContext, planId: string) {
  await loadReadablePlan(ctx, planId);
  const rows = await appealsOfPlan(ctx.db, planId);
  return visibleToActor(ctx.actor, rows).map(presentAppeal);
}

/** A unit appeals one line of its score with evidence (that unit's reporters). */
export async function fileAppeal(ctx: ServiceContext, planId: string, input: { unitId: string; lineId: string; reason: string; evidence: string }) {
  await loadReadablePlan(ctx, planId);
  assertMayAppeal(ctx.actor, input.unitId);
  const { scores } = await scored(ctx, planId);
  const lines = scores.find((s) => s.unitId === input.unitId)?.lines ?? [];
  const appealable = new Set([...lines.map((l) => l.id), "late", "returned"]);
  if (!appealable.has(input.lineId)) throw appealUnknownLine({ lineId: input.lineId });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: "assessments.appeal", entity: "appeal" }, async (tx) => {
    const saved = await insertAppeal(tx, { planId, ...input, filedBy: ctx.actor.id, createdAt: now, updatedAt: now });
    return { result: saved, entityId: saved.id };
  });
  return presentAppeal(row);
}

/** A supervisor upholds (with the line's corrected value) or rejects an appeal; an upheld appeal changes the score. */
export async function decideAppeal(
  ctx: ServiceContext,
  planId: string,
  appealId: string,
  input: { version: number; decision: "uphold" | "reject"; value?: number; note: string },
) {
  assertManagesAssessment(ctx.actor, "assessments.decide_appeal");
  await loadReadablePlan(ctx, planId);
  const appeal = await findAppeal(ctx.db, planId, appealId);
  if (!appeal) throw appealNotFound({ id: appealId });
  if (appeal.status !== "pending") throw appealDecided({ id: appealId });
  if (input.decision === "uphold" && input.value == null) throw appealValueRequired({ id: appealId });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: `assessments.appeal_${input.decision}`, entity: "appeal", entityId: appealId, before: presentAppeal(appeal) }, async (tx) => {
    const saved = await decideAppealIfVersion(tx, appealId, input.version, {
      status: input.decision === "uphold" ? "upheld" : "rejected",
      value: input.decision === "uphold" ? input.value : null,
      decisionNote: input.note,
      decidedBy: ctx.actor.id,
      decidedAt: now,
      updatedAt: now,
    });
    if (!saved) throw commonErrors.stale({ current: presentAppeal(appeal) });
    return { result: saved, after: presentAppeal(saved) };
  });
  return presentAppeal(row);
}

/** The ranking as a file (.xlsx with the calculation sheet, or .docx in the official layout). */
export async function rankingFile(ctx: ServiceContext, planId: string, kind: "xlsx" | "docx", year?: string) {
  const plan = await loadReadablePlan(ctx, planId);
  const { scores, ranking } = await scored(ctx, planId, { year });
  const byId = new Map(scores.map((s) => [s.unitId, s]));
  const dto: RankingDto = {
    title: `${plan.title}${year ? `${year}年度` : ""}目标责任考核结果`,
    issuer: "督查室",
    date: localDate(ctx.clock.now()),
    intro: `根据${plan.title}考核细则，按完成情况、报送及时性和报送质量计分，现将各单位考核得分及排名公布如下：`,
    rows: ranking.map((r) => ({ ...(byId.get(r.unitId) as UnitScore), rank: r.rank })),
  };
  // the writers load exceljs/docx on first use: they would add most of a second to start-up
  const bytes =
    kind === "xlsx"
      ? await (await import("../../files/writers/ranking.xlsx.ts")).renderRankingXlsx(dto)
      : await (await import("../../files/writers/ranking.docx.ts")).renderRankingDocx(dto);
  return { bytes, fileName: `${dto.title}.${kind}` };
}
