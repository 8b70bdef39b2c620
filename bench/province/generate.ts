/**
 * A synthetic province written straight into the database in bulk: 300 reporting units in 12 regions,
 * 100 published plans of 100 tasks in 5 sections (10,000 tasks, one 新增 target each, built by the load tests'
 * bulk plan),
 * and 12 monthly rounds of 2025 asking every task (120,000 reports). Rounds 1–11 are closed and mostly
 * accepted (one report in 20 never came in); round 12 is open, and each unit has one draft ready for the
 * deadline rush, carrying the value it reported the month before.
 */
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../src/server/db/client.ts";
import { reports } from "../../src/server/db/schema/reports.ts";
import { roundPlans, rounds } from "../../src/server/db/schema/rounds.ts";
import { units } from "../../src/server/db/schema/units.ts";
import { insertBulkPlan } from "../../test/reporting/bulk-plan.ts";

export const PROVINCE = { regions: 12, units: 300, plans: 100, tasksPerPlan: 100, months: 12 };

/** The app clock the province is read at: five days before round 2025-12 closes. */
export const PROVINCE_NOW = "2025-12-20T10:00:00+08:00";

/** What the generator made: its units and plans, the open round, and per unit the draft it will submit. */
export interface Province {
  unitIds: string[];
  planIds: string[];
  openRoundId: string;
  drafts: { unitId: string; reportId: string }[];
}

async function insertUnits(db: Db, count: number): Promise<string[]> {
  const regions = await db
    .insert(units)
    .values(Array.from({ length: PROVINCE.regions }, (_, r) => ({ name: `第${r + 1}区`, kind: "region" })))
    .returning({ id: units.id });
  const rows = await db
    .insert(units)
    .values(Array.from({ length: count }, (_, u) => ({ name: `单位${u + 1}`, parentId: regions[u % PROVINCE.regions].id })))
    .returning({ id: units.id });
  return rows.map((r) => r.id);
}

async function insertRounds(db: Db, planIds: string[]): Promise<string[]> {
  const months = Array.from({ length: PROVINCE.months }, (_, m) => m + 1);
  const rows = await db
    .insert(rounds)
    .values(
      months.map((m) => ({
        kind: "monthly",
        period: `2025-${String(m).padStart(2, "0")}`,
        deadline: m === 12 ? "2025-12-25" : `2025-${String(m + 1).padStart(2, "0")}-10`,
        status: m === 12 ? "open" : "closed",
      })),
    )
    .returning({ id: rounds.id, period: rounds.period });
  rows.sort((a, b) => a.period.localeCompare(b.period));
  await db.insert(roundPlans).values(rows.flatMap((r) => planIds.map((planId) => ({ roundId: r.id, planId }))));
  return rows.map((r) => r.id);
}

/**
 * Every round × task report in one statement. The value reported in month m is the cumulative count along
 * the 2-per-year target scaled by the task's pace (0.7–1.3), so statuses spread over green, amber, red and done.
 * Past reports were written around their deadline; round 12's when it opened, four days ago.
 */
async function insertReports(db: Db): Promise<void> {
  await db.execute(sql`
    with asked as (
      select r.id as round_id, a.plan_id, a.item_id, a.unit_id, t.id as target_id, i.position,
             substring(r.period from 6 for 2)::int as month, r.deadline
      from assignments a
      join items i on i.id = a.item_id
      join targets t on t.item_id = a.item_id
      join round_plans rp on rp.plan_id = a.plan_id
      join rounds r on r.id = rp.round_id
    ), judged as (
      select *, month < 12 and (position + month) % 20 <> 0 as came_in,
             round((2.0 * month / 12 * (0.7 + (position % 7) * 0.1))::numeric, 2) as value
      from asked
    )
    insert into reports (round_id, plan_id, item_id, unit_id, role, status, progress, values, submissions,
                         first_submitted_at, submitted_at, reviewed_at, changed_at)
    select round_id, plan_id, item_id, unit_id, 'owners',
           case when came_in then 'accepted' else 'not_started' end,
           case when came_in then '按计划推进' else '' end,
           case when came_in then jsonb_build_array(jsonb_build_object('targetId', target_id, 'value', value)) else '[]'::jsonb end,
           case when came_in then 1 else 0 end,
           case when came_in then deadline::timestamptz - interval '2 days' end,
           case when came_in then deadline::timestamptz - interval '2 days' end,
           case when came_in then deadline::timestamptz - interval '1 day' end,
           case when month = 12 then now() - interval '4 days' else deadline::timestamptz - interval '1 day' end
    from judged`);
}

/** Makes one report of the open round per unit a draft with last month's value, ready to submit. */
async function prepareDrafts(db: Db, openRoundId: string): Promise<{ unitId: string; reportId: string }[]> {
  const rows = await queryRows<{ id: string; unit_id: string }>(db, sql`
    update reports d set status = 'draft', progress = '本月按计划推进',
           values = jsonb_build_array(jsonb_build_object('targetId', t.id, 'value',
             round((2.0 * 11 / 12 * (0.7 + (i.position % 7) * 0.1))::numeric, 2)))
    from items i, targets t
    where d.id in (select distinct on (unit_id) id from reports where round_id = ${openRoundId} order by unit_id, id)
      and i.id = d.item_id and t.item_id = d.item_id
    returning d.id, d.unit_id`);
  return rows.map((r) => ({ unitId: r.unit_id, reportId: r.id }));
}

const SECTIONS = ["一", "二", "三", "四", "五"];

/** Groups each plan's tasks under five sections (一 to 五), as plans are written; the bulk plan has none. */
async function groupIntoSections(db: Db): Promise<void> {
  const per = PROVINCE.tasksPerPlan / SECTIONS.length;
  await db.execute(sql`
    update items set path = jsonb_build_array((${sql.raw(`array['${SECTIONS.join("','")}']`)})[position / ${per} + 1], key)`);
}

/** Writes the province (`scale` times its units and plans, so as many tasks and reports) into an empty, migrated database. */
export async function generateProvince(db: Db, scale = 1): Promise<Province> {
  const unitIds = await insertUnits(db, PROVINCE.units * scale);
  const planIds: string[] = [];
  for (let p = 0; p < PROVINCE.plans * scale; p++) {
    const owners = Array.from({ length: PROVINCE.tasksPerPlan }, (_, i) => unitIds[(p * PROVINCE.tasksPerPlan + i) % unitIds.length]);
    planIds.push((await insertBulkPlan(db, owners)).planId);
  }
  await groupIntoSections(db);
  const roundIds = await insertRounds(db, planIds);
  await insertReports(db);
  const openRoundId = roundIds[roundIds.length - 1];
  return { unitIds, planIds, openRoundId, drafts: await prepareDrafts(db, openRoundId) };
}

/** How many reports the province holds (120,000 at scale 1). */
export async function countReports(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(reports);
  return row.n;
}
