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

/** GET /api/dashboard: every item counted once; rules say how each roll-up is made. */
export async function getDashboard(ctx: ServiceContext, filter: StatusFilter) {
  const { world, items } = await loadStatuses(ctx, filter);
  const units = new Map(world.units.map((u) => [u.id, u]));
  const planTitles = new Map(world.plans.map((p) => [p.id, p.title]));
  const rows = <K extends Record<string, string>>(map: Map<string, ReturnType<typeof summarise>>, name: (key: string) => K) =>
    [...map].map(([key, summary]) => ({ ...name(key), ...summary }));
  const summary = summarise(items);
  return {
    asOf: world.today,
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
    overdue: items.filter((i) => i.overdue).map((i) => ({ itemId: i.itemId, planId: i.planId, path: i.path, heading: i.heading, reason: i.overdueReason })),
    lagging: items
      .filter((i) => i.status === "red" || i.status === "amber")
      .map((i) => ({ itemId: i.itemId, planId: i.planId, path: i.path, heading: i.heading, status: i.status, reason: i.reason })),
    rules: ROLLUP_RULES,
  };
}
