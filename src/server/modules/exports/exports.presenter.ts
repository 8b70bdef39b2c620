/** Turns rows into the DTOs the pure writers render: a plan's export and a unit's workbook for a round. */
import type { ReportedValue } from "../../../core/domain/reports/report-content.ts";
import { periodEnd } from "../../../core/domain/status/calendar.ts";
import type { Comparison, UnitRole } from "../../../core/extract/types.ts";
import type { PlanExportRow } from "../../files/writers/plan.xlsx.ts";
import type { RoundWorkbookDto } from "../../files/workbook/round-workbook.layout.ts";
import type { ItemStatus } from "../../../core/domain/status/compute.ts";
import type {
  earlierUnitReports,
  planAssignments,
  planItems,
  submittedReportsOfPlan,
  supportedReportsOfRound,
  targetsOfItems,
  unitReportsOfRound,
} from "./exports.repository.ts";
import { groupBy } from "../../../core/domain/group-by.ts";

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const MARKER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．]|[（(]\d+[)）]|[①-⑳])\s*/u;

/** An item's text without its outline marker ("1、推进…" → "推进…"): the 序号 column carries the number. */
export function withoutMarker(text: string): string {
  return text.replace(MARKER, "");
}

/** An item's name as lists print it: its heading, else the start of its text. */
export function itemName(item: { heading: string | null; text: string }): string {
  const name = withoutMarker(item.heading ?? item.text);
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

type OwnRow = Rows<typeof unitReportsOfRound>[number];

/**
 * One row of a unit's workbook: its own report (lead or owner), or its contribution (配合) to the lead
 * unit's report, whose text is the progress column.
 */
export interface WorkbookSource {
  kind: "report" | "contribution";
  report: OwnRow["report"];
  item: OwnRow["item"];
  planTitle: string;
  role: UnitRole;
  progress: string;
  problems: string;
  values: ReportedValue[];
}

/** The unit's reports and contributions in plan and outline order. */
export function workbookSources(own: Rows<typeof unitReportsOfRound>, supported: Rows<typeof supportedReportsOfRound>): WorkbookSource[] {
  const sources: WorkbookSource[] = [
    ...own.map(({ report, item, planTitle }) => ({
      kind: "report" as const,
      report,
      item,
      planTitle,
      role: report.role as UnitRole,
      progress: report.progress,
      problems: report.problems,
      values: report.values,
    })),
    ...supported.filter((s) => !own.some((o) => o.item.id === s.item.id)).map(({ report, item, planTitle, contribution }) => ({
      kind: "contribution" as const,
      report,
      item,
      planTitle,
      role: "support" as const,
      progress: contribution?.text ?? "",
      problems: "",
      values: contribution?.values ?? [],
    })),
  ];
  return sources.sort((a, b) => a.planTitle.localeCompare(b.planTitle, "zh") || a.item.position - b.item.position);
}

/** The unit's workbook for a round: its items with targets, current and previous values. */
export function roundWorkbookDto(
  round: { id: string; period: string; deadline: string },
  unit: { id: string; name: string },
  rows: WorkbookSource[],
  targetRows: Rows<typeof targetsOfItems>,
  earlier: Rows<typeof earlierUnitReports>,
): RoundWorkbookDto {
  const before = earlier
    .filter((e) => periodEnd(e.period) < periodEnd(round.period))
    .sort((a, b) => (periodEnd(a.period) < periodEnd(b.period) ? 1 : -1));
  const targetsOf = groupBy(targetRows, (t) => t.itemId);
  const previousValue = (itemId: string, targetId: string) =>
    before.find((e) => e.itemId === itemId)?.values.find((v) => v.targetId === targetId)?.value ?? null;
  return {
    roundId: round.id,
    unitId: unit.id,
    unitName: unit.name,
    period: round.period,
    deadline: round.deadline,
    items: rows.map(({ item, planTitle, role, progress, problems, values }) => ({
      itemId: item.id,
      planTitle,
      path: item.path.join("/"),
      heading: itemName(item),
      role,
      deadline: item.when[0] ?? null,
      progress,
      problems,
      targets: (targetsOf.get(item.id) ?? []).map((t) => {
        const given = values.find((v) => v.targetId === t.id);
        return {
          targetId: t.id,
          quote: t.quote,
          metric: t.metric,
          value: t.value,
          unit: t.unit,
          cmp: t.cmp as Comparison,
          previous: previousValue(item.id, t.id),
          current: given?.value ?? null,
          noDataReason: given?.noDataReason ?? null,
        };
      }),
    })),
  };
}

/** The plan export's rows: sections for items that have children, tasks with their latest progress and status. */
export function planExportRows(
  itemRows: Rows<typeof planItems>,
  assignmentRows: Rows<typeof planAssignments>,
  targetRows: Rows<typeof targetsOfItems>,
  progressRows: Rows<typeof submittedReportsOfPlan>,
  statuses: ItemStatus[],
  visible: (itemId: string) => boolean,
): PlanExportRow[] {
  const parents = new Set(itemRows.flatMap((i) => (i.parentId ? [i.parentId] : [])));
  const statusOf = new Map(statuses.map((s) => [s.itemId, s]));
  const assignmentsOf = groupBy(assignmentRows, (a) => a.itemId);
  const targetsOf = groupBy(targetRows, (t) => t.itemId);
  const progressOf = groupBy(
    progressRows.filter((r) => r.progress.trim()),
    (r) => r.itemId,
  );
  const names = (itemId: string, role: string) => (assignmentsOf.get(itemId) ?? []).filter((a) => a.role === role).map((a) => a.name);
  const latestProgress = (itemId: string) => {
    const mine = progressOf.get(itemId) ?? [];
    const lastPeriod = mine.map((r) => r.period).sort((a, b) => (periodEnd(a) < periodEnd(b) ? 1 : -1))[0];
    const latest = mine.filter((r) => r.period === lastPeriod);
    if (latest.length === 0) return null;
    return latest.length === 1 ? latest[0].progress : latest.map((r) => `${r.unitName}：${r.progress}`).join("\n");
  };
  return itemRows
    .filter((item) => parents.has(item.id) || visible(item.id))
    .map((item) => {
      const status = statusOf.get(item.id);
      return {
        no: item.path.at(-1) ?? "",
        section: parents.has(item.id),
        task: withoutMarker(item.heading && parents.has(item.id) ? item.heading : item.text),
        targets: (targetsOf.get(item.id) ?? []).map((t) => t.quote),
        lead: names(item.id, "lead"),
        support: names(item.id, "support"),
        owners: names(item.id, "owners"),
        deadline: item.when[0] ?? null,
        progress: latestProgress(item.id),
        values: (status?.targets ?? [])
          .filter((t) => t.actual != null)
          .map((t) => `${t.quote}：${t.actual}（${t.period}）`),
        status: status?.status ?? null,
        reason: status?.reason ?? null,
      };
    });
}
