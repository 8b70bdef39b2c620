/** Status from data (GET /api/status), the leaders' dashboard (GET /api/dashboard) and target series. */
import type { QueryClient } from "@tanstack/react-query";
import { api, query } from "./client.ts";
import type { z } from "zod";
import type { dashboardSchema, listedItemSchema } from "../../../src/server/modules/dashboard/dashboard.schemas.ts";
import type {
  itemStatusSchema,
  overrideBody,
  seriesSchema,
  statusQuery,
  statusResponse,
  targetStatusSchema,
} from "../../../src/server/modules/status/status.schemas.ts";

/*
 * The shapes are inferred from the server's zod schemas (status.schemas.ts, dashboard.schemas.ts), not written again
 * here: `npm run typecheck` covers web/src, so it fails when the web and the server disagree.
 */

/** The filters both endpoints take. */
export type StatusFilter = z.input<typeof statusQuery>;
/** A judged quantitative target: where it should be by now (expected), where it is (actual), and why. */
export type TargetStatus = z.infer<typeof targetStatusSchema>;
/** A judged item with its targets and the overdue-report signal (逾期未报), kept apart from its progress status. */
export type ItemStatus = z.infer<typeof itemStatusSchema>;
export type StatusResponse = z.infer<typeof statusResponse>;
/** What the leaders' dashboard shows; the overdue and lagging lists stop at 100 (see the totals). */
export type Dashboard = z.infer<typeof dashboardSchema>;
/** What a group of a roll-up adds up to. */
export type RollupSummary = Omit<Dashboard["byRegion"][number], "region">;
/** An item on the overdue or lagging list, with its status and reason. */
export type DashboardEntry = z.infer<typeof listedItemSchema>;
export type SeriesPoint = z.infer<typeof seriesSchema>[number];
/** What an override sends: exactly one of itemId and targetId. */
export type OverrideInput = z.input<typeof overrideBody>;

/** Query keys of the status caches. */
export const statusKeys = {
  status: (filter: StatusFilter) => ["status", filter] as const,
  reportedTargets: (filter: StatusFilter) => ["status", "reported-targets", filter] as const,
  dashboard: (filter: StatusFilter) => ["dashboard", filter] as const,
  series: (targetId: string) => ["series", targetId] as const,
};

/** Marks every status view stale: after a write that changes a judgement (review, submit, override). */
export function invalidateStatus(queryClient: QueryClient): void {
  for (const root of ["status", "dashboard", "series"]) void queryClient.invalidateQueries({ queryKey: [root] });
}

export const statusApi = {
  status: (filter: StatusFilter) => api.get<StatusResponse>(`/status${query({ ...filter })}`),
  /** targets with a reported value, worst first (the server orders them) */
  reportedTargets: (filter: StatusFilter) => api.get<TargetStatus[]>(`/status/reported-targets${query({ ...filter })}`),
  dashboard: (filter: StatusFilter) => api.get<Dashboard>(`/dashboard${query({ ...filter })}`),
  series: (targetId: string) => api.get<SeriesPoint[]>(`/targets/${targetId}/series`),
  override: (body: OverrideInput) => api.post<unknown>("/status/overrides", body),
};
