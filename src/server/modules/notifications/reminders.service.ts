/**
 * Reminders (催办) and escalation (督办): before the deadline (default 3 and 1 days), once overdue, and to the
 * supervisors after N days overdue. Only units that still owe a report are reminded, and the reminder log's
 * unique key (round:unit:kind) makes each go out exactly once however often the sweep runs.
 */
import { randomUUID } from "node:crypto";
import { daysBetween, localDate } from "../../../core/domain/status/calendar.ts";
import type { ServiceContext } from "../../context.ts";
import type { Clock } from "../../clock.ts";
import type { Db } from "../../db/client.ts";
import { type Channels, channelsFromSettings, deliver } from "../../notify/deliver.ts";
import type { Message } from "../../notify/message.ts";
import type { RoundRow } from "../rounds/rounds.queries.ts";
import { findRound, openRoundRows } from "../rounds/rounds.queries.ts";
import { roundClosed, roundNotFound } from "../rounds/rounds.errors.ts";
import { assertSupervises } from "../rounds/rounds.policy.ts";
import { owingOf } from "../rounds/rounds.service.ts";
import type { ReportingSettings } from "../settings/settings.schemas.ts";
import { loadSettings } from "../settings/settings.service.ts";
import { claimReminder, recipients } from "./notifications.repository.ts";

/** "before_3", "before_1", "overdue" or "escalation" from the sweep; "urge" sent by hand (催办). */
export type ReminderKind = `before_${number}` | "overdue" | "escalation" | "urge";

/**
 * Which reminders are due today for a deadline: the nearest "before" threshold not yet passed (a missed
 * earlier one is not sent late), "overdue" from the day after the deadline, "escalation" from N days overdue.
 */
export function dueReminders(deadline: string, today: string, rules: ReportingSettings["reminders"]): ReminderKind[] {
  const left = daysBetween(today, deadline);
  if (left >= 0) {
    const nearest = rules.beforeDays.filter((d) => left <= d).sort((a, b) => a - b)[0];
    return nearest == null ? [] : [`before_${nearest}`];
  }
  return -left >= rules.escalateAfterDays ? ["overdue", "escalation"] : ["overdue"];
}

function messageFor(kind: ReminderKind, round: RoundRow, unitName: string, itemCount: number, overdueDays: number): Message {
  const link = `/rounds/${round.id}`;
  if (kind === "escalation") {
    return {
      title: `督办:${unitName}逾期 ${overdueDays} 天未报`,
      body: `${unitName}在 ${round.period} 报送轮次有 ${itemCount} 项报告逾期 ${overdueDays} 天未报(截止 ${round.deadline}),请督办。`,
      link,
    };
  }
  if (kind === "overdue") {
    return {
      title: `逾期未报:${round.period} 报送`,
      body: `${unitName}在 ${round.period} 报送轮次有 ${itemCount} 项报告已逾期未报(截止 ${round.deadline}),请尽快报送。`,
      link,
    };
  }
  if (kind === "urge") {
    const state = overdueDays > 0 ? `已逾期 ${overdueDays} 天` : `截止 ${round.deadline}`;
    return { title: `催办:${round.period} 报送`, body: `${unitName}在 ${round.period} 报送轮次尚有 ${itemCount} 项报告未提交(${state}),请尽快报送。`, link };
  }
  const days = kind.slice("before_".length);
  return {
    title: `报送提醒:${round.period} 报告 ${days} 天后截止`,
    body: `${unitName}在 ${round.period} 报送轮次尚有 ${itemCount} 项报告未提交,截止 ${round.deadline}。`,
    link,
  };
}

/** One reminder that went out. */
export interface SentReminder {
  roundId: string;
  unitId: string;
  kind: ReminderKind;
  recipients: string[];
}

/** What the sweep needs; `channels` defaults to those the settings turn on. */
export interface SweepContext {
  db: Db;
  clock: Clock;
  channels?: Channels;
  onError?: (error: unknown, channel: "email" | "webhook") => void;
}

/** Sends every reminder due now in every open round, each exactly once; returns what was sent. */
export async function sendDueReminders(ctx: SweepContext): Promise<SentReminder[]> {
  const settings = await loadSettings(ctx.db);
  const channels = ctx.channels ?? channelsFromSettings(settings);
  const now = ctx.clock.now();
  const today = localDate(now);
  const sent: SentReminder[] = [];
  for (const round of await openRoundRows(ctx.db)) {
    const kinds = dueReminders(round.deadline, today, settings.reminders);
    if (kinds.length === 0) continue;
    for (const unit of await owingOf(ctx.db, round, now)) {
      for (const kind of kinds) {
        const claimed = await claimReminder(ctx.db, {
          key: `${round.id}:${unit.unitId}:${kind}`,
          roundId: round.id,
          unitId: unit.unitId,
          kind,
          sentAt: now,
        });
        if (!claimed) continue;
        const to =
          kind === "escalation"
            ? await recipients(ctx.db, { roles: ["supervisor"] })
            : await recipients(ctx.db, { roles: ["reporter"], unitIds: [unit.unitId] });
        const message = messageFor(kind, round, unit.unitName, unit.itemCount, unit.overdueDays);
        await deliver({ db: ctx.db, clock: ctx.clock, channels, onError: ctx.onError }, `reminder_${kind}`, to, message);
        sent.push({ roundId: round.id, unitId: unit.unitId, kind, recipients: to.map((r) => r.userId) });
      }
    }
  }
  return sent;
}

/**
 * 催办 by hand: reminds the units (all that still owe when none are named) of an open round now, through every
 * channel the settings turn on, and logs each reminder; returns who was reminded. A unit that owes nothing is
 * skipped, so reminding twice a unit that has just reported sends it nothing.
 */
export async function urgeOwingUnits(ctx: ServiceContext & { channels?: Channels }, roundId: string, unitIds?: readonly string[]) {
  assertSupervises(ctx.actor, "rounds.urge");
  const round = await findRound(ctx.db, roundId);
  if (!round) throw roundNotFound({ id: roundId });
  if (round.status !== "open") throw roundClosed({ id: roundId });
  const settings = await loadSettings(ctx.db);
  const channels = ctx.channels ?? channelsFromSettings(settings);
  const now = ctx.clock.now();
  const owing = await owingOf(ctx.db, round, now, unitIds ?? null);
  const urged = [];
  for (const unit of owing) {
    await claimReminder(ctx.db, { key: `${round.id}:${unit.unitId}:urge:${randomUUID()}`, roundId: round.id, unitId: unit.unitId, kind: "urge", sentAt: now });
    const to = await recipients(ctx.db, { roles: ["reporter"], unitIds: [unit.unitId] });
    await deliver({ db: ctx.db, clock: ctx.clock, channels }, "reminder_urge", to, messageFor("urge", round, unit.unitName, unit.itemCount, unit.overdueDays));
    urged.push({ unitId: unit.unitId, unitName: unit.unitName, recipients: to.length });
  }
  return { urged };
}
