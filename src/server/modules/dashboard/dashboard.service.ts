/** The dashboard: status counts and roll-ups by plan, section, unit and region, what is overdue and what lags. */
import { dashboardFigures, groupItems, LIST_LIMIT } from "../../../core/domain/rollup/figures.ts";
import { ROLLUP_RULES } from "../../../core/domain/rollup/rollup.ts";
import { regionOf } from "../../../core/domain/units/region.ts";
import type { ServiceContext } from "../../context.ts";
import { keptStatusFigures, pastStatuses, readsKept, type StatusFilter } from "../status/status.queries.ts";

/**
 * GET /api/dashboard: every item counted once per group. Today's figures are SQL aggregates over the kept
 * statuses; a past period's are grouped from its statuses computed afresh, through the same assembly.
 */
export async function getDashboard(ctx: ServiceContext, filter: StatusFilter) {
  if (await readsKept(ctx, filter)) {
    const { today, plans, groups } = await keptStatusFigures(ctx, filter, LIST_LIMIT);
    return { asOf: today, ...dashboardFigures(plans, groups), rules: ROLLUP_RULES };
  }
  const past = await pastStatuses(ctx, { ...filter, period: filter.period ?? "" });
  const tree = new Map(past.units.map((u) => [u.id, u]));
  const groups = groupItems(
    past.items.map((i) => ({ ...i, position: past.positionOf(i.itemId) })),
    (unitId) => regionOf(unitId, tree),
    (unitId) => tree.get(unitId)?.name ?? "",
  );
  return { asOf: past.today, ...dashboardFigures(past.plans.map((p) => ({ planId: p.id, title: p.title })), groups), rules: ROLLUP_RULES };
}
