/** status.refresh: every 5 minutes (and so just after midnight), recomputes the cached statuses that went stale. */
import { z } from "zod";
import { refreshStatusCache } from "../modules/status/status.service.ts";
import { defineJob } from "./job.ts";

export const statusRefreshJob = defineJob({
  name: "status.refresh",
  schema: z.object({}).passthrough(),
  cron: "*/5 * * * *",
  async handler(_data, deps) {
    await refreshStatusCache({ db: deps.db, clock: deps.clock });
  },
});
