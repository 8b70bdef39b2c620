/**
 * Use cases of exports: a plan with its status as .xlsx, a unit's reporting workbook for a round, and
 * importing that workbook back (dry run first; idempotent, matched by stable ids; all or nothing).
 */
import { isReported, toReportStatus } from "../../../core/domain/reports/lifecycle.ts";
import type { ReportedValue } from "../../../core/domain/reports/report-content.ts";
import { localDate } from "../../../core/domain/status/calendar.ts";
import type { ServiceContext } from "../../context.ts";
import { commonErrors } from "../../errors.ts";
import type { WorkbookError, WorkbookReport } from "../../files/workbook/round-workbook.reader.ts";
import { loadReadablePlan } from "../plans/plans.policy.ts";
import { exportRowVisible, mayExportUnit } from "./exports.policy.ts";
import { contribute, saveDraft } from "../reports/reports.service.ts";
import { roundNotFound } from "../rounds/rounds.errors.ts";
import { findRound } from "../rounds/rounds.queries.ts";
import { loadStatuses } from "../status/status.queries.ts";
import { workbookInvalid } from "./exports.errors.ts";
import { planExportRows, roundWorkbookDto, type WorkbookSource, workbookSources } from "./exports.presenter.ts";
import {
  earlierUnitReports,
  planAssignments,
  planItems,
  submittedReportsOfPlan,
  supportedReportsOfRound,
  targetsOfItems,
  unitName,
  unitReportsOfRound,
} from "./exports.repository.ts";
import { parseIsolated } from "../../files/isolated/isolated.ts";
import type { WorkbookReading } from "../../files/workbook/round-workbook.reader.ts";

/** The plan with its status, in the familiar table layout. */
export async function exportPlan(ctx: ServiceContext, planId: string) {
  const plan = await loadReadablePlan(ctx, planId);
  const [itemRows, assignmentRows, progressRows, { items: statuses }] = await Promise.all([
    planItems(ctx.db, planId),
    planAssignments(ctx.db, planId),
    submittedReportsOfPlan(ctx.db, planId),
    loadStatuses(ctx, { planId }),
  ]);
  const targetRows = await targetsOfItems(ctx.db, itemRows.map((i) => i.id));
  const seen = new Set(statuses.map((s) => s.itemId));
  const visible = exportRowVisible(ctx.actor, seen);
  // exceljs loads on first use: it is the heaviest module at start-up
  const { renderPlanXlsx } = await import("../../files/writers/plan.xlsx.ts");
  const bytes = await renderPlanXlsx({
    title: plan.title,
    asOf: localDate(ctx.clock.now()),
    rows: planExportRows(itemRows, assignmentRows, targetRows, progressRows, statuses, visible),
  });
  return { bytes, fileName: `${plan.title}-进展.xlsx` };
}

/** The round and unit a workbook is about, checked against the actor: a reporter only for its own units. */
async function workbookData(ctx: ServiceContext, roundId: string, unitId: string) {
  const round = await findRound(ctx.db, roundId);
  const outOfScope = !mayExportUnit(ctx.actor, unitId);
  if (!round || outOfScope) throw roundNotFound({ id: roundId });
  const [name, own, supported] = await Promise.all([
    unitName(ctx.db, unitId),
    unitReportsOfRound(ctx.db, roundId, unitId),
    supportedReportsOfRound(ctx.db, roundId, unitId),
  ]);
  const rows = workbookSources(own, supported);
  if (!name || rows.length === 0) throw roundNotFound({ id: roundId, unitId });
  const itemIds = rows.map((r) => r.item.id);
  const [targetRows, earlier] = await Promise.all([targetsOfItems(ctx.db, itemIds), earlierUnitReports(ctx.db, roundId, unitId, itemIds)]);
  return { dto: roundWorkbookDto(round, { id: unitId, name }, rows, targetRows, earlier), rows };
}

/** A unit's workbook for a round, pre-filled with what it has reported so far. */
export async function unitWorkbook(ctx: ServiceContext, roundId: string, unitId: string) {
  const { dto } = await workbookData(ctx, roundId, unitId);
  const { renderRoundWorkbook } = await import("../../files/writers/round-workbook.xlsx.ts");
  return { bytes: await renderRoundWorkbook(dto), fileName: `${dto.unitName}-${dto.period}-填报表.xlsx` };
}

const same = (a: string, b: string) => a.trim() === b.trim();

/** A contribution has one text: what the unit typed as progress, with its problems after it. */
function contributionText(typed: WorkbookReport): string {
  return typed.problems.trim() ? `${typed.progress.trim()}\n存在问题：${typed.problems.trim()}` : typed.progress;
}

/** What the workbook changes in one row: fields changed, and the content it would save. */
function changesOf(row: WorkbookSource, typed: WorkbookReport) {
  const values: ReportedValue[] = typed.values.map((v) => {
    const old = row.values.find((o) => o.targetId === v.targetId);
    const explanation = old && old.value === v.value ? (old.explanation ?? null) : null;
    return { targetId: v.targetId, value: v.value, noDataReason: v.noDataReason, ...(explanation ? { explanation } : {}) };
  });
  const valueChanged = typed.values.some((v) => {
    const old = row.values.find((o) => o.targetId === v.targetId);
    return (old?.value ?? null) !== v.value || (old?.noDataReason ?? null) !== v.noDataReason;
  });
  const text = row.kind === "contribution" ? contributionText(typed) : typed.progress;
  const fields = [
    ...(same(row.progress, text) ? [] : ["progress"]),
    ...(row.kind === "report" && !same(row.problems, typed.problems) ? ["problems"] : []),
    ...(valueChanged ? ["values"] : []),
  ];
  return { fields, values, text };
}

function lockedError(row: WorkbookSource): WorkbookError {
  const heading = row.item.heading ?? row.item.text.slice(0, 40);
  return {
    code: "workbook.report_locked",
    sheet: null,
    row: null,
    column: null,
    header: null,
    message: `“${heading}”的报送已${row.report.status === "accepted" ? "通过审核" : "提交"}，不能通过导入修改`,
    messageEn: `The report on “${heading}” is already ${row.report.status}; it cannot be changed by import`,
  };
}

/**
 * Reads a filled workbook back. Dry run: lists every error and every change, writes nothing. Import:
 * refuses the whole file while any error remains (422), else saves each changed report as a draft, all
 * in one transaction; unchanged reports are left alone, so uploading the same file twice changes nothing.
 */
export async function importUnitWorkbook(ctx: ServiceContext, input: { roundId: string; unitId: string; bytes: Buffer; dryRun: boolean }) {
  const { dto, rows } = await workbookData(ctx, input.roundId, input.unitId);
  // reports are written by their unit's reporters only (as in the report form)
  if (!ctx.actor.unitIds.includes(input.unitId)) throw commonErrors.forbidden({ action: "workbooks.import" });
  const reading = await parseIsolated<WorkbookReading>({ kind: "workbook", bytes: input.bytes, expected: dto });
  const byItem = new Map(rows.map((r) => [r.item.id, r]));
  const planned = reading.reports.map((typed) => ({ row: byItem.get(typed.itemId) as WorkbookSource, typed }));
  const changed = planned
    .map(({ row, typed }) => ({ row, typed, ...changesOf(row, typed) }))
    .filter((c) => c.fields.length > 0);
  const errors = [
    ...reading.errors,
    ...changed
      .filter((c) => c.row.kind === "report" && isReported(toReportStatus(c.row.report.status)))
      .map((c) => lockedError(c.row)),
  ];
  const changes = changed.map((c) => ({ itemId: c.row.item.id, reportId: c.row.report.id, heading: dto.items.find((i) => i.itemId === c.row.item.id)?.heading ?? "", fields: c.fields }));
  const summary = { dryRun: input.dryRun, errors, changes, unchanged: planned.length - changed.length };
  if (input.dryRun) return summary;
  if (errors.length > 0) throw workbookInvalid({ errors });
  // one transaction around every report's save: a failure half-way (a concurrent edit) leaves nothing written
  await ctx.db.transaction(async (tx) => {
    for (const c of changed) {
      const inTx = { ...ctx, db: tx };
      if (c.row.kind === "contribution") {
        await contribute(inTx, c.row.report.id, { text: c.text, values: c.values });
        continue;
      }
      await saveDraft(inTx, c.row.report.id, {
        version: c.row.report.version,
        progress: c.typed.progress,
        problems: c.typed.problems,
        completed: c.row.report.completed,
        values: c.values,
      });
    }
  });
  return summary;
}
