/** Use cases of reporting rounds: open (by hand or on schedule), list, show who still owes, close. */
import { daysBetween, localDate } from "../../../core/domain/status/calendar.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { audited } from "../audit/audit.ts";
import { roundClosed, roundNothingToAsk, roundNotFound, roundPlanNotPublished } from "./rounds.errors.ts";
import { assertSupervises, roundInScope, roundUnitScope } from "./rounds.policy.ts";
import {
  closeRoundRow,
  findPlansByIds,
  findRound,
  insertReports,
  insertRound,
  listRoundRows,
  owingUnits,
  planIdsOfRounds,
  reportCounts,
  resolvedAssignments,
  type RoundRow,
} from "./rounds.repository.ts";
import type { ROUND_KINDS } from "./rounds.schemas.ts";
import { reportsToAsk } from "./who-reports.ts";
import { keepPlanStatuses } from "../status/status.queries.ts";
import { overdueSignal } from "../../../core/domain/status/overdue.ts";
import { remindersOfRound } from "../notifications/notifications.queries.ts";

/** Input of openRound. */
export interface NewRound {
  planIds: string[];
  kind: (typeof ROUND_KINDS)[number];
  period: string;
  deadline: string;
}

async function presentRounds(db: Db, rows: RoundRow[]) {
  const ids = rows.map((r) => r.id);
  const [plansByRound, counts] = await Promise.all([planIdsOfRounds(db, ids), reportCounts(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as NewRound["kind"],
    period: row.period,
    deadline: row.deadline,
    status: row.status as "open" | "closed",
    planIds: plansByRound.get(row.id) ?? [],
    reportCount: counts.get(row.id)?.total ?? 0,
    submittedCount: counts.get(row.id)?.submitted ?? 0,
    createdAt: row.createdAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  }));
}

/** Opens a round for published plans and asks every responsible unit about each of its items. */
export async function openRound(ctx: ServiceContext, input: NewRound) {
  assertSupervises(ctx.actor, "rounds.open");
  const planIds = [...new Set(input.planIds)];
  const found = await findPlansByIds(ctx.db, planIds);
  const unpublished = planIds.filter((id) => found.find((p) => p.id === id)?.status !== "published");
  if (unpublished.length) throw roundPlanNotPublished({ planIds: unpublished });
  const asked = reportsToAsk(await resolvedAssignments(ctx.db, planIds));
  if (asked.length === 0) throw roundNothingToAsk({ planIds });
  const now = ctx.clock.now();
  const row = await audited(ctx, { action: "rounds.open", entity: "round" }, async (tx) => {
    const round = await insertRound(tx, { ...input, status: "open", openedBy: ctx.actor.id, createdAt: now, updatedAt: now }, planIds);
    await insertReports(
      tx,
      asked.map((a) => ({ ...a, roundId: round.id, createdAt: now, updatedAt: now })),
    );
    // a new round changes each item's latest round, and with it what is overdue
    await keepPlanStatuses({ db: tx, clock: ctx.clock }, planIds);
    return { result: round, entityId: round.id };
  });
  const [presented] = await presentRounds(ctx.db, [row]);
  return presented;
}

/** Rounds the actor may see: all for supervisors and viewers, those asking one of its units for a reporter. */
export async function listRounds(ctx: ServiceContext) {
  return presentRounds(ctx.db, await listRoundRows(ctx.db, roundUnitScope(ctx.actor)));
}

/**
 * The units that still owe reports in a round (only among `unitIds`, when given), each with the core's overdue
 * rule applied: overdue only after the deadline, with the days late (0 and not overdue before it: 未到期).
 */
export async function owingOf(db: Db, round: RoundRow, now: Date, unitIds: readonly string[] | null = null) {
  const signal = overdueSignal(round.deadline, localDate(now), null);
  return (await owingUnits(db, round.id, unitIds)).map((u) => ({ ...u, itemCount: Number(u.itemCount), overdue: signal.overdue, overdueDays: signal.days }));
}

/** The round, when it exists and the actor may see it: every round, or one that asks one of its units (one query). */
async function visibleRound(ctx: ServiceContext, id: string): Promise<RoundRow> {
  const round = await findRound(ctx.db, id);
  if (!round || !(await roundInScope(ctx, id))) throw roundNotFound({ id });
  return round;
}

/** One round with the units that still owe (a reporter sees only its own units among them). */
export async function getRound(ctx: ServiceContext, id: string) {
  const round = await visibleRound(ctx, id);
  const [presented] = await presentRounds(ctx.db, [round]);
  const [owing, reminders] = await Promise.all([owingOf(ctx.db, round, ctx.clock.now(), roundUnitScope(ctx.actor)), remindersOfRound(ctx.db, id)]);
  const reminded = (unitId: string) => {
    const r = reminders.get(unitId);
    return { remindedCount: r?.count ?? 0, lastRemindedAt: r?.lastAt.toISOString() ?? null };
  };
  return { ...presented, owing: owing.map((o) => ({ ...o, ...reminded(o.unitId) })) };
}

/** Closes a round: no more drafts or submissions. */
export async function closeRound(ctx: ServiceContext, id: string) {
  assertSupervises(ctx.actor, "rounds.close");
  const round = await findRound(ctx.db, id);
  if (!round) throw roundNotFound({ id });
  if (round.status === "closed") throw roundClosed({ id });
  const row = await audited(ctx, { action: "rounds.close", entity: "round", entityId: id, before: round }, async (tx) => ({
    result: await closeRoundRow(tx, id, ctx.clock.now()),
  }));
  return (await presentRounds(ctx.db, [row]))[0];
}
