/** Shapes of the rounds, reports, status, dashboard, notifications and settings API (issue 5; docs/api.md). */
import { REPORT_STATUSES, type ReportStatus } from "../../../src/core/domain/reports/report-status.ts";
import { STATUSES, type Status } from "../../../src/core/domain/status/status.ts";

export const ROUND_KINDS = ["monthly", "quarterly", "adhoc"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export interface Round {
  id: string;
  kind: RoundKind;
  period: string;
  deadline: string;
  status: "open" | "closed";
  planIds: string[];
  reportCount: number;
  submittedCount: number;
  createdAt: string;
  closedAt: string | null;
}

export interface Owing {
  unitId: string;
  unitName: string;
  itemCount: number;
  overdueDays: number;
}

export type RoundDetail = Round & { owing: Owing[] };

export { REPORT_STATUSES, type ReportStatus };

export interface InboxEntry {
  roundId: string;
  period: string;
  deadline: string;
  overdue: boolean;
  planId: string;
  planTitle: string;
  itemId: string;
  path: string[];
  heading: string | null;
  role: string;
  unitId: string;
  reportId: string;
  reportStatus: ReportStatus;
}

export interface ReportedValue {
  targetId: string;
  value: number | null;
  noDataReason?: string | null;
  explanation?: string | null;
}

export interface ReportContent {
  progress: string;
  problems: string;
  completed: boolean;
  values: ReportedValue[];
}

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

export interface Report extends ReportContent {
  id: string;
  roundId: string;
  planId: string;
  itemId: string;
  unitId: string;
  unitName: string;
  role: string;
  status: ReportStatus;
  version: number;
  submissions: number;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

export interface ReportTarget {
  id: string;
  quote: string;
  metric: string | null;
  value: number;
  unit: string | null;
  cmp: string;
  kind: string;
  aspirational: boolean;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export interface ReportDetail {
  report: Report;
  round: { id: string; period: string; deadline: string; status: string };
  item: { id: string; path: string[]; heading: string | null; text: string };
  targets: ReportTarget[];
  previous: (ReportContent & { period: string }) | null;
  contributions: { unitId: string; unitName: string; text: string; values: ReportedValue[]; updatedAt: string }[];
  history: { action: string; at: string; actorId: string | null; comment: string | null; version: number }[];
  changes: Change[];
  attachments: Attachment[];
}

export interface ReviewQueueEntry {
  reportId: string;
  roundId: string;
  period: string;
  unitName: string;
  itemId: string;
  heading: string | null;
  submittedAt: string | null;
  submissions: number;
  version: number;
  changes: Change[];
}

export { STATUSES, type Status };

export type StatusCounts = Record<Status, number>;

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

export const WEBHOOK_FORMATS = ["wecom", "dingtalk"] as const;

export interface Settings {
  tolerance: number;
  plausibilityThreshold: number;
  reminders: { beforeDays: number[]; escalateAfterDays: number };
  email: { enabled: boolean; host: string; port: number; secure: boolean; user: string; password?: string; passwordSet?: boolean; from: string };
  webhook: { enabled: boolean; url: string; format: (typeof WEBHOOK_FORMATS)[number] };
}
