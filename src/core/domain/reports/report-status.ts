/** Where a report stands: not started, a draft, submitted for review, returned to the unit, accepted. */
export const REPORT_STATUSES = ["not_started", "draft", "submitted", "returned", "accepted"] as const;
/** One report status. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];
