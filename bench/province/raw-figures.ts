/**
 * The dashboard's figures in raw SQL over the kept-status tables, written out by hand (no Drizzle, no service):
 * the floor the API is measured against. Same five aggregates the dashboard sends, run side by side.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../../src/server/db/client.ts";

const RAW_FIGURES = [
  sql`select plan_id, section, status, min(position), count(*), count(*) filter (where overdue) from item_statuses group by 1, 2, 3`,
  sql`select s.unit_id, max(u.name), s.status, count(*), count(*) filter (where s.overdue)
      from item_status_units s left join units u on u.id = s.unit_id group by s.unit_id, s.status`,
  sql`select region, status, count(*), count(*) filter (where overdue) from item_status_units where counts_for_region group by 1, 2`,
  sql`select item_id, plan_id, path, heading, status, overdue_reason from item_statuses where overdue order by plan_id, position limit 100`,
  sql`select item_id, plan_id, path, heading, status, reason from item_statuses
      where status in ('red', 'amber') order by status = 'red' desc, plan_id, position limit 100`,
];

/** Runs the raw aggregates once, side by side on the pool as the API does. */
export async function rawFigures(db: Db): Promise<void> {
  await Promise.all(RAW_FIGURES.map((query) => db.execute(query)));
}
