/** The deployment's reporting settings: tolerance, plausibility, reminders, e-mail and webhook (both off by default). */
import { z } from "zod";
import { WEBHOOK_FORMATS } from "./webhook-formats.ts";

export { WEBHOOK_FORMATS };

export const emailSettingsSchema = z.object({
  enabled: z.boolean(),
  host: z.string(),
  port: z.int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string(),
  password: z.string(),
  from: z.string(),
});

export const webhookSettingsSchema = z.object({
  enabled: z.boolean(),
  url: z.string(),
  format: z.enum(WEBHOOK_FORMATS),
});

export const reportingSettingsSchema = z.object({
  /** how far behind the trajectory is still amber (0.05 = 5%) */
  tolerance: z.number().min(0).max(1),
  /** a value moving more than this fraction against the last round or the same period last year needs an explanation */
  plausibilityThreshold: z.number().positive(),
  reminders: z.object({
    beforeDays: z.array(z.int().min(0).max(60)).max(10),
    escalateAfterDays: z.int().min(1).max(365),
  }),
  email: emailSettingsSchema,
  webhook: webhookSettingsSchema,
});

/** The settings as stored and as PUT /api/settings takes them. */
export type ReportingSettings = z.infer<typeof reportingSettingsSchema>;

/** What a deployment starts with: 5% tolerance, reminders 3 and 1 days ahead, escalation after 3 days, mail and webhook off. */
export const DEFAULT_SETTINGS: ReportingSettings = {
  tolerance: 0.05,
  plausibilityThreshold: 0.5,
  reminders: { beforeDays: [3, 1], escalateAfterDays: 3 },
  email: { enabled: false, host: "127.0.0.1", port: 25, secure: false, user: "", password: "", from: "luoshi@localhost" },
  webhook: { enabled: false, url: "", format: "wecom" },
};

/** The settings as GET shows them: the SMTP password is never sent back, only whether one is set. */
export const settingsViewSchema = reportingSettingsSchema.extend({
  email: emailSettingsSchema.omit({ password: true }).extend({ passwordSet: z.boolean() }),
});
