/** status.refresh: every 5 minutes (and so just after midnight), keeps again the plans whose kept statuses went stale. */
import { z } from "zod";
import { refreshStaleStatuses } from "../modules/status/status.queries.ts";
import { defineJob } from "./job.ts";

export const statusRefreshJob = defineJob({
  name: "status.refresh",
  schema: z.object({}).passthrough(),
  cron: "*/5 * * * *",
  async handler(_data, deps) {
    await refreshStaleStatuses({ db: deps.db, clock: deps.clock });
  },
});
