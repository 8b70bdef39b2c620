/**
 * Where every write to a plan ends, inside its transaction: the plan's row is stamped (its last edit, and what
 * else the write changes on it) and the plan's kept statuses are kept again, so no edit can leave them behind.
 */
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { keepPlanStatuses } from "../status/status.queries.ts";
import { updatePlanRow } from "./plans.repository.ts";

type PlanRowChanges = Parameters<typeof updatePlanRow>[2];

/** Stamps the plan (updatedAt from the clock unless given) and keeps its statuses. */
export async function planChanged(tx: Db, ctx: Pick<ServiceContext, "clock">, planId: string, changes: PlanRowChanges = {}) {
  const updated = await updatePlanRow(tx, planId, { updatedAt: ctx.clock.now(), ...changes });
  await keepPlanStatuses({ db: tx, clock: ctx.clock }, [planId]);
  return updated;
}
