/** rounds.open-scheduled: opens the monthly or quarterly round a supervisor scheduled, for the period just ended. */
import { z } from "zod";
import { roleSchema } from "../access/actor.ts";
import { localDate } from "../../core/domain/status/calendar.ts";
import { openRound } from "../modules/rounds/rounds.service.ts";
import { defineJob } from "./job.ts";

/** The period a round opened on `today` asks about: the previous month ("2025-09" on 2025-10-01) or quarter. */
export function periodJustEnded(kind: "monthly" | "quarterly", today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === "monthly") return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
  const quarter = Math.ceil(month / 3) - 1;
  return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
}

/** Adds days to a local date. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const openRoundJob = defineJob({
  name: "rounds.open-scheduled",
  schema: z.object({
    planIds: z.array(z.string()).min(1),
    kind: z.enum(["monthly", "quarterly"]),
    deadlineAfterDays: z.int().min(1),
    /** the supervisor who set the schedule; the round is opened in their name */
    actor: z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: roleSchema, unitIds: z.array(z.string()) }),
  }),
  async handler(data, deps) {
    const today = localDate(deps.clock.now());
    const round = await openRound(
      { db: deps.db, clock: deps.clock, actor: data.actor },
      { planIds: data.planIds, kind: data.kind, period: periodJustEnded(data.kind, today), deadline: addDays(today, data.deadlineAfterDays) },
    );
    deps.log(`opened round ${round.id} for ${round.period}`);
  },
});

/** The cron (Asia/Shanghai) a scheduled round opens on: 09:00 on the 1st of each month, or of each quarter. */
export const ROUND_CRONS = { monthly: "0 9 1 * *", quarterly: "0 9 1 1,4,7,10 *" } as const;

/** Schedules rounds to open themselves (one schedule per deployment; a new one replaces the old). */
export async function scheduleRoundOpening(
  boss: { schedule(name: string, cron: string, data?: object, options?: { tz?: string }): Promise<void> },
  data: z.infer<typeof openRoundJob.definition.schema>,
): Promise<void> {
  await boss.schedule(openRoundJob.name, ROUND_CRONS[data.kind], data, { tz: "Asia/Shanghai" });
}
