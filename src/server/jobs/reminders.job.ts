/** reminders.sweep: every 15 minutes, sends the reminders and escalations that are due (each exactly once). */
import { z } from "zod";
import { sendDueReminders } from "../modules/notifications/reminders.service.ts";
import { defineJob } from "./job.ts";

export const remindersJob = defineJob({
  name: "reminders.sweep",
  schema: z.object({}).passthrough(),
  cron: "*/15 * * * *",
  async handler(_data, deps) {
    const sent = await sendDueReminders({
      db: deps.db,
      clock: deps.clock,
      ...(deps.channels ? { channels: deps.channels } : {}),
      onError: (error, channel) => deps.log(`reminder via ${channel} failed`, error),
    });
    if (sent.length) deps.log(`sent ${sent.length} reminders`);
  },
});
