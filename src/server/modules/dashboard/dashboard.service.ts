/** The dashboard: status counts and roll-ups by plan, section, unit and region, what is overdue and what lags. */
import { ROLLUP_RULES } from "../../../core/domain/rollup/rollup.ts";
import { unitScope } from "../../access/unit-scope.ts";
import type { ServiceContext } from "../../context.ts";
import { cachedSummaries, loadStatuses, type StatusFilter } from "../status/status.service.ts";
import { mergePlanSummaries, regionOf, summarisePlan } from "../../../core/domain/rollup/plan-summary.ts";

/**
 * GET /api/dashboard: every item counted once per group. Today's figures for the whole scope come from each
 * plan's cached summary; a unit filter, a reporter's scope or an earlier period are computed from the items.
 */
export async function getDashboard(ctx: ServiceContext, filter: StatusFilter) {
  const wholeScope = !filter.unitId && !filter.period && unitScope(ctx.actor) === null;
  const loaded = wholeScope ? await cachedSummaries(ctx, filter.planId) : await loadStatuses(ctx, filter);
  const units = new Map(loaded.units.map((u) => [u.id, u]));
  const summaries =
    "summaries" in loaded
      ? loaded.summaries
      : new Map(loaded.plans.map((p) => [p.id, summarisePlan(loaded.items.filter((i) => i.planId === p.id), (u) => regionOf(u, units))]));
  const plans = loaded.plans.flatMap((p) => {
    const summary = summaries.get(p.id);
    return summary ? [{ planId: p.id, title: p.title, summary }] : [];
  });
  return { asOf: loaded.today, ...mergePlanSummaries(plans, (id) => units.get(id)?.name ?? ""), rules: ROLLUP_RULES };
}
