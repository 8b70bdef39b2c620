/** What changed between two submissions of a report, field by field, for the reviewer. */
import type { ReportContent } from "../../../core/domain/reports/report-content.ts";

/** One changed field: "progress", "problems", "completed" or "values.<targetId>". */
export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ; against no previous submission, every filled field counts as changed. */
export function changesBetween(previous: ReportContent | null, next: ReportContent): Change[] {
  const changes: Change[] = [];
  const before: ReportContent = previous ?? { progress: "", problems: "", completed: false, values: [] };
  for (const field of ["progress", "problems", "completed"] as const) {
    if (before[field] !== next[field]) changes.push({ field, before: before[field], after: next[field] });
  }
  const old = new Map(before.values.map((v) => [v.targetId, v]));
  for (const value of next.values) {
    const was = old.get(value.targetId);
    if (was?.value !== value.value || (was?.noDataReason ?? null) !== (value.noDataReason ?? null)) {
      changes.push({ field: `values.${value.targetId}`, before: was ?? null, after: value });
    }
  }
  return changes;
}
