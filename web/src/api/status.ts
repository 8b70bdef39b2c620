/** Status from data (GET /api/status), the leaders' dashboard (GET /api/dashboard) and target series. */
import { api, query } from "./client.ts";
import type { Status, StatusCounts } from "./reporting-types.ts";

/** The filters both endpoints take. */
export interface StatusFilter {
  planId?: string;
  unitId?: string;
  period?: string;
}

/** A judged item or target. */
export interface StatusEntry {
  itemId: string;
  targetId?: string | null;
  status: Status;
  reason: string;
  overdue: boolean;
  /** the latest reported value of a target, when the API gives it */
  latest?: number | null;
  expected?: number | null;
}

export interface StatusResponse {
  items: StatusEntry[];
  targets: StatusEntry[];
}

/** One group of a roll-up (a plan, unit or region). */
export interface RollupRow {
  id: string;
  name: string;
  counts: StatusCounts;
  total: number;
  worst: Status;
  onTrackShare: number | null;
  overdue: number;
}

/** A unit that has not reported (逾期未报). */
export interface OverdueRow {
  unitId: string;
  unitName: string;
  roundId?: string;
  period?: string;
  itemCount?: number;
  overdueDays: number;
}

/** An item or target that lags (amber or red), with its reason. */
export interface LaggingRow {
  planId: string;
  planTitle?: string;
  itemId: string;
  targetId?: string | null;
  heading?: string | null;
  metric?: string | null;
  unitNames?: string[];
  status: Status;
  reason: string;
}

export interface Dashboard {
  counts: StatusCounts;
  byPlan: RollupRow[];
  byUnit: RollupRow[];
  byRegion: RollupRow[];
  overdue: OverdueRow[];
  lagging: LaggingRow[];
  rules: Record<string, string>;
}

export interface SeriesPoint {
  period: string;
  value: number | null;
  expected: number | null;
}

/** Query keys of the status caches. */
export const statusKeys = {
  status: (filter: StatusFilter) => ["status", filter] as const,
  dashboard: (filter: StatusFilter) => ["dashboard", filter] as const,
  series: (targetId: string) => ["series", targetId] as const,
};

export const statusApi = {
  status: (filter: StatusFilter) => api.get<StatusResponse>(`/status${query({ ...filter })}`),
  dashboard: (filter: StatusFilter) => api.get<Dashboard>(`/dashboard${query({ ...filter })}`),
  series: (targetId: string) => api.get<SeriesPoint[]>(`/targets/${targetId}/series`),
};
