/**
 * The dashboard's figures from status counts: counts by plan and section, by unit and by region, and the first
 * overdue and lagging items. The counts come from SQL over the kept statuses, or, for a past period, from
 * `groupItems` over items computed afresh; both go through `dashboardFigures`, so the two cannot disagree.
 */
import { STATUSES, type Status } from "../status/status.ts";
import { summaryFromCounts, type RollupSummary } from "./rollup.ts";
import { groupBy } from "../group-by.ts";

/** Chinese name order; one collator, as `localeCompare(…, "zh-CN")` builds a new one on every call. */
const byName = new Intl.Collator("zh-CN").compare;

/** How many overdue and lagging items the dashboard lists (red before amber); the totals say how many there are. */
export const LIST_LIMIT = 100;

/** How many items of a group carry one status, and how many of those are overdue. */
export interface StatusCount {
  status: Status;
  n: number;
  overdue: number;
}

/** An item as the dashboard lists it. */
export interface ListedItem {
  itemId: string;
  planId: string;
  path: string[];
  heading: string | null;
  status: Status;
  reason: string;
}

/** Status counts by plan and section (with the section's first position), by unit, by region; and the lists. */
export interface FigureGroups {
  bySection: (StatusCount & { planId: string; section: string; first: number })[];
  byUnit: (StatusCount & { unitId: string; name: string })[];
  byRegion: (StatusCount & { region: string })[];
  /** the first LIST_LIMIT overdue items, by plan and position */
  overdue: ListedItem[];
  /** the first LIST_LIMIT red, then amber, items, by plan and position */
  lagging: ListedItem[];
}

/** What grouping needs of an item's status. */
export interface GroupedItem extends Omit<ListedItem, "reason"> {
  position: number;
  reason: string;
  overdue: boolean;
  overdueReason: string;
  unitIds: string[];
}

function summaryOf(counts: StatusCount[]): RollupSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let overdue = 0;
  for (const c of counts) {
    byStatus[c.status] += c.n;
    overdue += c.overdue;
  }
  return summaryFromCounts(byStatus, overdue);
}

/** The dashboard: every plan in scope (in the given order, zero when it has no item in scope), its sections, units, regions. */
export function dashboardFigures(plans: readonly { planId: string; title: string }[], groups: FigureGroups) {
  const all = summaryOf(groups.bySection);
  const ofPlan = groupBy(groups.bySection, (c) => c.planId);
  // a plan's sections in document order: by the first position of any of their items
  const sectionsOf = (planId: string) =>
    [...groupBy(ofPlan.get(planId) ?? [], (c) => c.section)]
      .map(([section, counts]) => ({ first: Math.min(...counts.map((c) => c.first)), row: { planId, section, ...summaryOf(counts) } }))
      .sort((a, b) => a.first - b.first)
      .map((s) => s.row);
  const total = (status: Status) => groups.bySection.filter((c) => c.status === status).reduce((n, c) => n + c.n, 0);
  return {
    counts: all.counts,
    total: all.total,
    onTrackShare: all.onTrackShare,
    byPlan: plans.map((p) => ({ planId: p.planId, title: p.title, ...summaryOf(ofPlan.get(p.planId) ?? []) })),
    bySection: plans.flatMap((p) => sectionsOf(p.planId)),
    byUnit: [...groupBy(groups.byUnit, (c) => c.unitId)]
      .map(([unitId, counts]) => ({ unitId, name: counts[0].name, ...summaryOf(counts) }))
      .sort((a, b) => byName(a.name, b.name) || (a.unitId < b.unitId ? -1 : 1)),
    byRegion: [...groupBy(groups.byRegion, (c) => c.region)]
      .map(([region, counts]) => ({ region, ...summaryOf(counts) }))
      .sort((a, b) => byName(a.region, b.region)),
    overdueTotal: all.overdue,
    overdue: groups.overdue,
    laggingTotal: total("red") + total("amber"),
    lagging: groups.lagging,
  };
}

function counted<K extends object>(rows: { key: K; keyId: string; status: Status; overdue: boolean }[]): (StatusCount & K)[] {
  const counts = new Map<string, StatusCount & K>();
  for (const row of rows) {
    const id = `${row.keyId}\u0000${row.status}`;
    const count = counts.get(id) ?? { ...row.key, status: row.status, n: 0, overdue: 0 };
    count.n += 1;
    if (row.overdue) count.overdue += 1;
    counts.set(id, count);
  }
  return [...counts.values()];
}

/** The groups of items computed in memory (a past period), as SQL groups the kept statuses; items by plan and position. */
export function groupItems(items: readonly GroupedItem[], regionOf: (unitId: string) => string, unitName: (unitId: string) => string): FigureGroups {
  const ordered = [...items].sort((a, b) => (a.planId === b.planId ? a.position - b.position : a.planId < b.planId ? -1 : 1));
  const listed = (i: GroupedItem, reason: string): ListedItem => ({ itemId: i.itemId, planId: i.planId, path: i.path, heading: i.heading, status: i.status, reason });
  const sections = ordered.map((i) => ({ key: { planId: i.planId, section: i.path[0] ?? "", first: i.position }, keyId: `${i.planId}/${i.path[0] ?? ""}`, status: i.status, overdue: i.overdue }));
  return {
    // in position order, the first row of each section and status carries its smallest position
    bySection: counted(sections),
    byUnit: counted(ordered.flatMap((i) => [...new Set(i.unitIds)].map((unitId) => ({ key: { unitId, name: unitName(unitId) }, keyId: unitId, status: i.status, overdue: i.overdue })))),
    byRegion: counted(ordered.flatMap((i) => [...new Set(i.unitIds.map(regionOf))].map((region) => ({ key: { region }, keyId: region, status: i.status, overdue: i.overdue })))),
    overdue: ordered.filter((i) => i.overdue).slice(0, LIST_LIMIT).map((i) => listed(i, i.overdueReason)),
    lagging: [...ordered.filter((i) => i.status === "red"), ...ordered.filter((i) => i.status === "amber")].slice(0, LIST_LIMIT).map((i) => listed(i, i.reason)),
  };
}
