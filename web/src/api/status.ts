/** Status from data (GET /api/status), the leaders' dashboard (GET /api/dashboard) and target series. */
import type { QueryClient } from "@tanstack/react-query";
import { api, query } from "./client.ts";
import type { Status, StatusCounts } from "./reporting-types.ts";

/** The filters both endpoints take. */
export interface StatusFilter {
  planId?: string;
  unitId?: string;
  period?: string;
}

/** A judged quantitative target: where it should be by now (expected), where it is (actual), and why. */
export interface TargetStatus {
  targetId: string;
  quote: string;
  kind: string;
  expected: number | null;
  actual: number | null;
  period: string | null;
  stretchTargetId: string | null;
  stretchMet: boolean | null;
  status: Status;
  reason: string;
  overridden: boolean;
}

/** A judged item with its targets and the overdue-report signal (逾期未报), kept apart from its progress status. */
export interface ItemStatus {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  status: Status;
  reason: string;
  overridden: boolean;
  overdue: boolean;
  overdueReason: string;
  unitIds: string[];
  targets: TargetStatus[];
}

export interface StatusResponse {
  asOf: string;
  tolerance: number;
  items: ItemStatus[];
}

/** What a group of a roll-up adds up to. */
export interface RollupSummary {
  counts: StatusCounts;
  total: number;
  worst: Status;
  onTrackShare: number | null;
  overdue: number;
}

/** An item on the overdue or lagging list, with its reason. */
export interface DashboardEntry {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  reason: string;
}

export interface Dashboard {
  asOf: string;
  counts: StatusCounts;
  total: number;
  onTrackShare: number | null;
  byPlan: (RollupSummary & { planId: string; title: string })[];
  bySection: (RollupSummary & { planId: string; section: string })[];
  byUnit: (RollupSummary & { unitId: string; name: string })[];
  byRegion: (RollupSummary & { region: string })[];
  /** how many items are overdue / lag in all; the lists below stop at 100 */
  overdueTotal: number;
  overdue: DashboardEntry[];
  laggingTotal: number;
  lagging: (DashboardEntry & { status: Status })[];
  rules: Record<string, string>;
}

export interface SeriesPoint {
  period: string;
  unitId: string;
  value: number | null;
  expected: number | null;
}

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
  override: (body: { itemId?: string; targetId?: string; status: Status; reason: string }) => api.post<unknown>("/status/overrides", body),
};
