/** The dashboard: status counts and roll-ups by plan, section, unit and region, what is overdue and what lags. */
import { ROLLUP_RULES, rollUp, summarise } from "../../../core/domain/rollup/rollup.ts";
import type { ServiceContext } from "../../context.ts";
import { loadStatuses, type StatusFilter } from "../status/status.service.ts";

/** The name of the region a unit sits in: itself or its nearest ancestor of kind "region", else 市本级. */
export function regionOf(unitId: string, units: Map<string, { name: string; kind: string; parentId: string | null }>): string {
  const seen = new Set<string>();
  let current = units.get(unitId);
  let id: string | null = unitId;
  while (current && id && !seen.has(id)) {
    if (current.kind === "region") return current.name;
    seen.add(id);
    id = current.parentId;
    current = id ? units.get(id) : undefined;
  }
  return "市本级";
}

/** How many overdue and lagging items the dashboard lists (red before amber); the totals say how many there are. */
export const LIST_LIMIT = 100;

/** GET /api/dashboard: every item counted once; rules say how each roll-up is made. */
export async function getDashboard(ctx: ServiceContext, filter: StatusFilter) {
  const loaded = await loadStatuses(ctx, filter);
  const { items } = loaded;
  const units = new Map(loaded.units.map((u) => [u.id, u]));
  const planTitles = new Map(loaded.plans.map((p) => [p.id, p.title]));
  const rows = <K extends Record<string, string>>(map: Map<string, ReturnType<typeof summarise>>, name: (key: string) => K) =>
    [...map].map(([key, summary]) => ({ ...name(key), ...summary }));
  const summary = summarise(items);
  const overdue = items.filter((i) => i.overdue);
  const lagging = [...items.filter((i) => i.status === "red"), ...items.filter((i) => i.status === "amber")];
  return {
    asOf: loaded.today,
    counts: summary.counts,
    total: summary.total,
    onTrackShare: summary.onTrackShare,
    byPlan: rows(rollUp(items, (i) => [i.planId]), (planId) => ({ planId, title: planTitles.get(planId) ?? "" })),
    bySection: rows(rollUp(items, (i) => [`${i.planId}|${i.path[0] ?? ""}`]), (key) => {
      const [planId, section] = key.split("|");
      return { planId, section };
    }),
    byUnit: rows(rollUp(items, (i) => i.unitIds), (unitId) => ({ unitId, name: units.get(unitId)?.name ?? "" })),
    byRegion: rows(rollUp(items, (i) => i.unitIds.map((u) => regionOf(u, units))), (region) => ({ region })),
    overdueTotal: overdue.length,
    overdue: overdue.slice(0, LIST_LIMIT).map((i) => ({ itemId: i.itemId, planId: i.planId, path: i.path, heading: i.heading, reason: i.overdueReason })),
    laggingTotal: lagging.length,
    lagging: lagging
      .slice(0, LIST_LIMIT)
      .map((i) => ({ itemId: i.itemId, planId: i.planId, path: i.path, heading: i.heading, status: i.status, reason: i.reason })),
    rules: ROLLUP_RULES,
  };
}
