/** Use cases of reports: read, save a draft, submit, contribute, review, the reporter's inbox and the review queue. */
import type { ReportContent, ReportedValue } from "../../../core/domain/reports/report-content.ts";
import { localDate, periodEnd, samePeriodLastYear } from "../../../core/domain/status/calendar.ts";
import { nextStatus, toReportStatus } from "../../../core/domain/reports/lifecycle.ts";
import { overdueSignal } from "../../../core/domain/status/overdue.ts";
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import { keepItemStatuses } from "../status/status.queries.ts";
import { audited } from "../audit/audit.ts";
import { recipients } from "../notifications/notifications.queries.ts";
import { loadSettings } from "../settings/settings.service.ts";
import { deliverInApp } from "../notifications/notifications.service.ts";
import { implausibleValues } from "./plausibility.ts";
import { changesBetween } from "./report-changes.ts";
import {
  reportCommentRequired,
  reportImplausible,
  reportIncomplete,
  reportNotEditable,
  reportNotFound,
  reportNotSubmitted,
  reportRoundClosed,
  reportStale,
  reportUnknownTarget,
  supportCannotSubmit,
  notSupportUnit,
} from "./reports.errors.ts";
import { inboxUnitIds, mayReview, mightSupport, type ReportRelation, relationTo } from "./reports.policy.ts";
import { assertQuantity } from "../../quantity.ts";
import {
  appendHistory,
  attachmentsOf,
  contributionsOf,
  findItem,
  findReport,
  historyOf,
  otherSubmittedReports,
  recentSubmissions,
  type ReportRow,
  reportsAwaitingReview,
  reportsOwnedBy,
  reportsSupportedBy,
  supportUnitIds,
  targetsOfItem,
  updateReportIfVersion,
  upsertContribution,
} from "./reports.repository.ts";

type Loaded = NonNullable<Awaited<ReturnType<typeof findReport>>> & { relation: ReportRelation; supportUnitIds: string[] };

/** Loads a report the actor may see; outside its scope it is "not found". */
export async function loadVisible(ctx: ServiceContext, id: string): Promise<Loaded> {
  const found = await findReport(ctx.db, id);
  if (!found) throw reportNotFound({ id });
  const { actor } = ctx;
  const supporters = mightSupport(actor, found.report.unitId, found.report.role) ? await supportUnitIds(ctx.db, found.report.itemId) : [];
  const relation = relationTo(actor, found.report.unitId, supporters);
  if (relation === "none") throw reportNotFound({ id });
  return { ...found, relation, supportUnitIds: supporters };
}

/** Loads a report the actor's unit submits, refusing support units and everyone else. */
export async function loadWritable(ctx: ServiceContext, id: string): Promise<Loaded> {
  const loaded = await loadVisible(ctx, id);
  if (loaded.relation === "supporter") throw supportCannotSubmit({ id });
  if (loaded.relation !== "reporter") throw commonErrors.forbidden({ action: "reports.write" });
  if (loaded.round.status !== "open") throw reportRoundClosed({ id });
  return loaded;
}

function contentOf(row: ReportRow): ReportContent {
  return { progress: row.progress, problems: row.problems, completed: row.completed, values: row.values };
}

function presentReport(row: ReportRow, unitName: string) {
  return {
    id: row.id,
    roundId: row.roundId,
    planId: row.planId,
    itemId: row.itemId,
    unitId: row.unitId,
    unitName,
    role: row.role,
    status: toReportStatus(row.status),
    ...contentOf(row),
    version: row.version,
    submissions: row.submissions,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewComment: row.reviewComment,
  };
}

/** The unit's most recent submitted report on the same item before this round, and the one a year earlier. */
async function earlierReports(ctx: ServiceContext, report: ReportRow, period: string) {
  const others = await otherSubmittedReports(ctx.db, report);
  const end = periodEnd(period);
  const before = others.filter((o) => periodEnd(o.period) < end).sort((a, b) => (periodEnd(a.period) < periodEnd(b.period) ? 1 : -1));
  const lastYear = others.find((o) => o.period === samePeriodLastYear(period));
  return { previous: before[0] ?? null, lastYear: lastYear ?? null };
}

/** A report with what the form and the reviewer need: item, targets, previous round, contributions, history, changes. */
export async function getReport(ctx: ServiceContext, id: string) {
  const loaded = await loadVisible(ctx, id);
  const { report, round } = loaded;
  const [item, targetRows, earlier, contributionRows, history, submissions, files] = await Promise.all([
    findItem(ctx.db, report.itemId),
    targetsOfItem(ctx.db, report.itemId),
    earlierReports(ctx, report, round.period),
    contributionsOf(ctx.db, report.id),
    historyOf(ctx.db, report.id),
    recentSubmissions(ctx.db, [report.id]),
    attachmentsOf(ctx.db, report.id),
  ]);
  const [latest, before] = submissions.get(report.id) ?? [];
  return {
    report: presentReport(report, loaded.unitName),
    round: { id: round.id, period: round.period, deadline: round.deadline, status: round.status },
    item: { id: item.id, path: item.path, heading: item.heading, text: item.text },
    targets: targetRows.map((t) => ({
      id: t.id,
      quote: t.quote,
      metric: t.metric,
      value: t.value,
      unit: t.unit,
      cmp: t.cmp,
      kind: t.kind,
      aspirational: t.aspirational,
    })),
    previous: earlier.previous ? { period: earlier.previous.period, ...contentOf(earlier.previous.report) } : null,
    contributions: contributionRows.map(({ contribution, unitName }) => ({
      unitId: contribution.unitId,
      unitName,
      text: contribution.text,
      values: contribution.values,
      updatedAt: contribution.updatedAt.toISOString(),
    })),
    history: history.map((h) => ({ action: h.action, at: h.at.toISOString(), actorId: h.actorId, comment: h.comment, version: h.version })),
    changes: latest ? changesBetween(before ?? null, latest) : [],
    attachments: files,
  };
}

/** The values' targets belong to the item, and each value is a sane number for its target (a share at most 100%). */
async function assertTargetsOfItem(ctx: ServiceContext, itemId: string, values: ReportedValue[]): Promise<string[]> {
  const targets = new Map((await targetsOfItem(ctx.db, itemId)).map((t) => [t.id, t]));
  const unknown = values.filter((v) => !targets.has(v.targetId)).map((v) => v.targetId);
  if (unknown.length) throw reportUnknownTarget({ targetIds: unknown });
  values.forEach((v, i) => {
    if (v.value != null) assertQuantity(`values/${i}/value`, v.value, targets.get(v.targetId)!);
  });
  return [...targets.keys()];
}

/** Input of saveDraft. */
export interface DraftInput extends ReportContent {
  version: number;
}

/** Saves the reporting unit's draft; a stale version gets 409 with the current report. */
export async function saveDraft(ctx: ServiceContext, id: string, input: DraftInput) {
  const { report, unitName } = await loadWritable(ctx, id);
  const status = nextStatus(toReportStatus(report.status), "save");
  if (!status) throw reportNotEditable({ id, status: report.status });
  await assertTargetsOfItem(ctx, report.itemId, input.values);
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: "reports.save_draft", entity: "report", entityId: id, before: contentOf(report) }, async (tx) => {
    const saved = await updateReportIfVersion(tx, id, input.version, {
      progress: input.progress,
      problems: input.problems,
      completed: input.completed,
      values: input.values,
      status,
      updatedAt: now,
    });
    if (!saved) throw reportStale({ current: presentReport(report, unitName) });
    await keepItemStatuses({ db: tx, clock: ctx.clock }, saved.planId, [saved.itemId]);
    return { result: saved, after: contentOf(saved) };
  });
  return presentReport(row, unitName);
}

/** Submits the report: every target needs a value or a reason, and jumps need an explanation (422 otherwise). */
export async function submitReport(ctx: ServiceContext, id: string, version: number) {
  const { report, round, unitName } = await loadWritable(ctx, id);
  const submitted = nextStatus(toReportStatus(report.status), "submit");
  if (!submitted) throw reportStale({ current: presentReport(report, unitName) });
  if (report.version !== version) throw reportStale({ current: presentReport(report, unitName) });
  const targetIds = await assertTargetsOfItem(ctx, report.itemId, report.values);
  const given = new Map(report.values.map((v) => [v.targetId, v]));
  const missing = targetIds.filter((t) => {
    const v = given.get(t);
    return !v || (v.value == null && !v.noDataReason?.trim());
  });
  if (missing.length) throw reportIncomplete({ targetIds: missing });
  const earlier = await earlierReports(ctx, report, round.period);
  const reference = (r: ReportRow | undefined) =>
    new Map((r?.values ?? []).flatMap((v) => (v.value == null ? [] : [[v.targetId, v.value] as const])));
  const references = { lastRound: reference(earlier.previous?.report), lastYear: reference(earlier.lastYear?.report) };
  const compared = references.lastRound.size + references.lastYear.size > 0;
  const threshold = compared ? (await loadSettings(ctx.db)).plausibilityThreshold : 0;
  const implausible = compared ? implausibleValues(report.values, references, threshold) : [];
  if (implausible.length) throw reportImplausible({ targets: implausible });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: "reports.submit", entity: "report", entityId: id }, async (tx) => {
    const saved = await updateReportIfVersion(tx, id, version, {
      status: submitted,
      submissions: report.submissions + 1,
      firstSubmittedAt: report.firstSubmittedAt ?? now,
      submittedAt: now,
      submittedBy: ctx.actor.id,
      updatedAt: now,
    });
    if (!saved) throw reportStale({ current: presentReport(report, unitName) });
    await keepItemStatuses({ db: tx, clock: ctx.clock }, saved.planId, [saved.itemId]);
    await appendHistory(tx, { reportId: id, action: "submit", content: contentOf(saved), comment: null, actorId: ctx.actor.id, at: now, version: saved.version });
    return { result: saved, after: contentOf(saved) };
  });
  return presentReport(row, unitName);
}

/** A support unit's input to the lead unit's report. */
export async function contribute(ctx: ServiceContext, id: string, input: { text: string; values: ReportedValue[] }) {
  const loaded = await loadVisible(ctx, id);
  const unitId = loaded.supportUnitIds.find((u) => ctx.actor.unitIds.includes(u));
  if (loaded.relation !== "supporter" || !unitId) throw notSupportUnit({ id });
  if (loaded.round.status !== "open") throw reportRoundClosed({ id });
  await assertTargetsOfItem(ctx, loaded.report.itemId, input.values);
  const now = ctx.clock.now();
  const saved = await audited(ctx, { action: "reports.contribute", entity: "report", entityId: id }, async (tx) => ({
    result: await upsertContribution(tx, {
      reportId: id,
      unitId,
      authorId: ctx.actor.id,
      text: input.text,
      values: input.values,
      createdAt: now,
      updatedAt: now,
    }),
  }));
  return { unitId: saved.unitId, text: saved.text, values: saved.values, updatedAt: saved.updatedAt.toISOString() };
}

/** Accepts or returns a submitted report (supervisors); a return needs a comment and tells the unit. */
export async function reviewReport(
  ctx: ServiceContext,
  id: string,
  input: { version: number; decision: "accept" | "return"; comment: string },
) {
  if (!mayReview(ctx.actor)) throw commonErrors.forbidden({ action: "reports.review" });
  const { report, unitName, round } = await loadVisible(ctx, id);
  const status = nextStatus(toReportStatus(report.status), input.decision);
  if (!status) throw reportNotSubmitted({ id, status: report.status });
  if (input.decision === "return" && !input.comment.trim()) throw reportCommentRequired({ id });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: `reports.${input.decision}`, entity: "report", entityId: id }, async (tx) => {
    const saved = await updateReportIfVersion(tx, id, input.version, {
      status,
      reviewedAt: now,
      reviewedBy: ctx.actor.id,
      reviewComment: input.comment || null,
      updatedAt: now,
    });
    if (!saved) throw reportStale({ current: presentReport(report, unitName) });
    await keepItemStatuses({ db: tx, clock: ctx.clock }, saved.planId, [saved.itemId]);
    await appendHistory(tx, { reportId: id, action: input.decision, content: null, comment: input.comment || null, actorId: ctx.actor.id, at: now, version: saved.version });
    return { result: saved };
  });
  if (status === "returned") {
    const to = await recipients(ctx.db, { roles: ["reporter"], unitIds: [report.unitId] });
    await deliverInApp(ctx, "report_returned", to, {
      title: `报告被退回(${round.period})`,
      body: `${unitName}的报告被退回:${input.comment}`,
      link: `/reports/${id}`,
    });
  }
  return presentReport(row, unitName);
}

/** The reporter's inbox across all plans: what its units submit or support in open rounds, overdue first. */
export async function listInbox(ctx: ServiceContext) {
  const unitIds = inboxUnitIds(ctx.actor);
  const today = localDate(ctx.clock.now());
  const [owned, supported] = await Promise.all([reportsOwnedBy(ctx.db, unitIds), reportsSupportedBy(ctx.db, unitIds)]);
  const entries = [...owned, ...supported.map((s) => ({ ...s, role: "support", unitId: s.unitId ?? "" }))].map((row) => ({
    roundId: row.roundId,
    period: row.period,
    deadline: row.deadline,
    overdue: overdueSignal(row.deadline, today, row.firstSubmittedAt ? localDate(row.firstSubmittedAt) : null).overdue,
    planId: row.planId,
    planTitle: row.planTitle,
    itemId: row.itemId,
    path: row.path,
    heading: row.heading,
    role: row.role,
    unitId: row.unitId,
    reportId: row.reportId,
    reportStatus: toReportStatus(row.reportStatus),
  }));
  return entries.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline) || a.path.join("/").localeCompare(b.path.join("/")));
}

/** Reports waiting for review, each with what changed since its previous submission. */
export async function listReviewQueue(ctx: ServiceContext) {
  if (!mayReview(ctx.actor)) throw commonErrors.forbidden({ action: "reports.review" });
  const rows = await reportsAwaitingReview(ctx.db);
  const submissions = await recentSubmissions(ctx.db, rows.map((r) => r.report.id));
  return rows.map(({ report, unitName, period, heading }) => {
    const [latest, before] = submissions.get(report.id) ?? [];
    return {
      reportId: report.id,
      roundId: report.roundId,
      period,
      unitName,
      itemId: report.itemId,
      heading,
      submittedAt: report.submittedAt?.toISOString() ?? null,
      submissions: report.submissions,
      version: report.version,
      changes: latest ? changesBetween(before ?? null, latest) : [],
    };
  });
}
