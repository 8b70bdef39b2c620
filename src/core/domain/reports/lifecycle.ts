/**
 * The report lifecycle as one state machine: which action moves a report from which status to which, and
 * who takes it. A unit saves (draft, or still returned) and submits; a reviewer accepts or returns a
 * submitted report; an accepted report is final. Services ask `nextStatus` instead of testing statuses.
 */
import { REPORT_STATUSES, type ReportStatus } from "./report-status.ts";

/** What can happen to a report. */
export const REPORT_ACTIONS = ["save", "submit", "accept", "return"] as const;
/** One action on a report. */
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** Who takes an action: the reporting unit, or a reviewer (a supervisor). */
export const ACTION_TAKER: Record<ReportAction, "unit" | "reviewer"> = { save: "unit", submit: "unit", accept: "reviewer", return: "reviewer" };

const TRANSITIONS: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  not_started: { save: "draft", submit: "submitted" },
  draft: { save: "draft", submit: "submitted" },
  // a returned report stays returned while the unit edits it, so the reviewer's comment stays in view
  returned: { save: "returned", submit: "submitted" },
  submitted: { accept: "accepted", return: "returned" },
  accepted: {},
};

/** The status `action` leads to from `from`, or null when the lifecycle does not allow it. */
export function nextStatus(from: ReportStatus, action: ReportAction): ReportStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** A stored status read back as a ReportStatus; anything else is a broken row. */
export function toReportStatus(value: string): ReportStatus {
  if ((REPORT_STATUSES as readonly string[]).includes(value)) return value as ReportStatus;
  throw new Error(`unknown report status "${value}"`);
}

/** A report in the reviewer's hands or accepted: its values count, and the unit can no longer change it. */
export function isReported(status: ReportStatus): boolean {
  return nextStatus(status, "save") === null;
}
