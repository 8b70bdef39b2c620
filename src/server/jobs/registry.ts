/** Every background job the server runs. */
import type { RegisteredJob } from "./job.ts";
import { openRoundJob } from "./open-round.job.ts";
import { remindersJob } from "./reminders.job.ts";
import { statusRefreshJob } from "./status-refresh.job.ts";

/** The jobs, registered as pg-boss queues and workers at start-up. */
export const jobs: RegisteredJob[] = [remindersJob, openRoundJob, statusRefreshJob];
