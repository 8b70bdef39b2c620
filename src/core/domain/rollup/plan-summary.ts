/**
 * A plan's dashboard figures, computed once from its item statuses and cached beside them: counts by
 * section, unit and region, and the first overdue and lagging items. Plans' figures merge exactly because
 * every item belongs to one plan.
 */
import type { Status } from "../status/status.ts";
import { mergeSummaries, rollUp, type RollupSummary, summarise } from "./rollup.ts";

/** What the figures need of an item's status: its place, its status and reason, whether it is overdue, its units. */
export interface SummarisedItem {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  status: Status;
  reason: string;
  overdue: boolean;
  overdueReason: string;
  unitIds: string[];
}

/** The unit directory as region lookup needs it. */
export type UnitTree = Map<string, { name: string; kind: string; parentId: string | null }>;

/** The name of the region a unit sits in: itself or its nearest ancestor of kind "region", else 市本级. */
export function regionOf(unitId: string, units: UnitTree): string {
  const seen = new Set<string>();
  let id: string | null = unitId;
  while (id && !seen.has(id)) {
    const unit = units.get(id);
    if (!unit) break;
    if (unit.kind === "region") return unit.name;
    seen.add(id);
    id = unit.parentId;
  }
  return "市本级";
}

/** How many overdue and lagging items the dashboard lists (red before amber); the totals say how many there are. */
export const LIST_LIMIT = 100;

/** An item as the dashboard lists it. */
export interface ListedItem {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  status: Status;
  reason: string;
}

/** One plan's figures. */
export interface PlanSummary {
  all: RollupSummary;
  bySection: Record<string, RollupSummary>;
  byUnit: Record<string, RollupSummary>;
  byRegion: Record<string, RollupSummary>;
  overdueTotal: number;
  overdue: ListedItem[];
  laggingTotal: number;
  lagging: ListedItem[];
}

const listed = (i: SummarisedItem, reason: string): ListedItem => ({
  itemId: i.itemId,
  planId: i.planId,
  path: i.path,
  heading: i.heading,
  status: i.status,
  reason,
});

/** The figures of one plan's items; `regionOf` names the region of a unit. */
export function summarisePlan(items: SummarisedItem[], regionOf: (unitId: string) => string): PlanSummary {
  const overdue = items.filter((i) => i.overdue);
  const lagging = [...items.filter((i) => i.status === "red"), ...items.filter((i) => i.status === "amber")];
  return {
    all: summarise(items),
    bySection: Object.fromEntries(rollUp(items, (i) => [i.path[0] ?? ""])),
    byUnit: Object.fromEntries(rollUp(items, (i) => i.unitIds)),
    byRegion: Object.fromEntries(rollUp(items, (i) => i.unitIds.map(regionOf))),
    overdueTotal: overdue.length,
    overdue: overdue.slice(0, LIST_LIMIT).map((i) => listed(i, i.overdueReason)),
    laggingTotal: lagging.length,
    lagging: lagging.slice(0, LIST_LIMIT).map((i) => listed(i, i.reason)),
  };
}

function mergeKeyed(parts: Record<string, RollupSummary>[]): Map<string, RollupSummary> {
  const groups = new Map<string, RollupSummary[]>();
  for (const part of parts) {
    for (const [key, summary] of Object.entries(part)) {
      const group = groups.get(key) ?? [];
      group.push(summary);
      groups.set(key, group);
    }
  }
  return new Map([...groups].map(([key, list]) => [key, mergeSummaries(list)]));
}

/** Joins plans' figures into the dashboard: per plan, per section, and across plans per unit and region. */
export function mergePlanSummaries(plans: { planId: string; title: string; summary: PlanSummary }[], unitName: (unitId: string) => string) {
  const all = mergeSummaries(plans.map((p) => p.summary.all));
  const lagging = [...plans.flatMap((p) => p.summary.lagging.filter((i) => i.status === "red")), ...plans.flatMap((p) => p.summary.lagging.filter((i) => i.status === "amber"))];
  return {
    counts: all.counts,
    total: all.total,
    onTrackShare: all.onTrackShare,
    byPlan: plans.map((p) => ({ planId: p.planId, title: p.title, ...p.summary.all })),
    bySection: plans.flatMap((p) => Object.entries(p.summary.bySection).map(([section, s]) => ({ planId: p.planId, section, ...s }))),
    byUnit: [...mergeKeyed(plans.map((p) => p.summary.byUnit))]
      .map(([unitId, s]) => ({ unitId, name: unitName(unitId), ...s }))
      .sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    byRegion: [...mergeKeyed(plans.map((p) => p.summary.byRegion))]
      .map(([region, s]) => ({ region, ...s }))
      .sort((a, b) => a.region.localeCompare(b.region, "zh-CN")),
    overdueTotal: plans.reduce((n, p) => n + p.summary.overdueTotal, 0),
    overdue: plans.flatMap((p) => p.summary.overdue).slice(0, LIST_LIMIT),
    laggingTotal: plans.reduce((n, p) => n + p.summary.laggingTotal, 0),
    lagging: lagging.slice(0, LIST_LIMIT),
  };
}
