/**
 * Shapes of the rounds, reports, notifications and settings API (issue 5; docs/api.md), inferred from the server's
 * zod response schemas: no hand-written twins, so `npm run typecheck` (which covers web/src) fails when the web and
 * the server disagree. Only types come from src/server; the lists come from the core or from zod-free modules.
 */
import type { z } from "zod";
import { REPORT_STATUSES, type ReportStatus } from "../../../src/core/domain/reports/report-status.ts";
import { ROUND_KINDS, type RoundKind } from "../../../src/core/domain/reports/round-kind.ts";
import { STATUSES, type Status } from "../../../src/core/domain/status/status.ts";
import type { countsSchema } from "../../../src/server/modules/dashboard/dashboard.schemas.ts";
import type { notificationSchema } from "../../../src/server/modules/notifications/notifications.schemas.ts";
import type {
  changeSchema,
  inboxEntrySchema,
  reportDetailSchema,
  reportedValueSchema,
  reportSchema,
  reviewQueueEntrySchema,
} from "../../../src/server/modules/reports/reports.schemas.ts";
import type { owingSchema, roundDetailSchema, roundSchema, urgedSchema } from "../../../src/server/modules/rounds/rounds.schemas.ts";
import type { reportingSettingsSchema, settingsViewSchema } from "../../../src/server/modules/settings/settings.schemas.ts";
import { WEBHOOK_FORMATS } from "../../../src/server/modules/settings/webhook-formats.ts";

export { REPORT_STATUSES, type ReportStatus, ROUND_KINDS, type RoundKind, STATUSES, type Status, WEBHOOK_FORMATS };

export type Round = z.infer<typeof roundSchema>;
export type Owing = z.infer<typeof owingSchema>;
export type RoundDetail = z.infer<typeof roundDetailSchema>;
export type Urged = z.infer<typeof urgedSchema>;
export type InboxEntry = z.infer<typeof inboxEntrySchema>;
/** A reported value as a unit sends it (null with a `noDataReason` when there is no data this round). */
export type ReportedValue = z.input<typeof reportedValueSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Change = z.infer<typeof changeSchema>;
export type ReportDetail = z.infer<typeof reportDetailSchema>;
export type ReportTarget = ReportDetail["targets"][number];
export type Attachment = ReportDetail["attachments"][number];
export type ReviewQueueEntry = z.infer<typeof reviewQueueEntrySchema>;
export type StatusCounts = z.infer<typeof countsSchema>;
export type Notification = z.infer<typeof notificationSchema>;
/** The settings as GET shows them: the SMTP password is never sent back, only whether one is set. */
export type Settings = z.infer<typeof settingsViewSchema>;
/** The settings as PUT takes them, with the SMTP password (empty keeps the stored one). */
export type SettingsInput = z.input<typeof reportingSettingsSchema>;
