import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReportingWorld, type ReportingWorld } from "../../../test/reporting/world.ts";
import { itemStatuses, planStatuses } from "../db/schema/statuses.ts";
import type { Message } from "../notify/message.ts";
import { type JobRunner, startJobs } from "../plugins/jobs.ts";
import { openRoundJob, periodJustEnded, ROUND_CRONS, scheduleRoundOpening } from "./open-round.job.ts";

let w: ReportingWorld;
let runner: JobRunner;
const mailed: { to: string[]; message: Message }[] = [];

/** Polls until `check` returns a value, for work a pg-boss worker does in its own time. */
async function eventually<T>(check: () => Promise<T | undefined>, seconds = 20): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error("timed out waiting for the job");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  w = await createReportingWorld({ now: "2025-09-17T09:00:00+08:00" });
  const jxj = await w.as("jxj");
  await jxj.call("PUT", `/api/users/${jxj.user.id}/contact`, { email: "jxj@example.gov.cn" });
  await w.supervisor.call("POST", "/api/rounds", { planIds: [w.planId], kind: "monthly", period: "2025-08", deadline: "2025-09-20" });
  runner = await startJobs({
    database: w.t.database,
    clock: w.t.clock,
    channels: { email: async (to, message) => void mailed.push({ to, message }), webhook: null },
    pollingIntervalSeconds: 0.5,
  });
});
afterAll(async () => {
  await runner.stop();
  await w.t.close();
});

describe("the pg-boss job runner on the test database", () => {
  it("schedules the reminder sweep every 15 minutes in Asia/Shanghai", async () => {
    const schedules = await runner.boss.getSchedules();
    expect(schedules).toContainEqual(expect.objectContaining({ name: "reminders.sweep", cron: "*/15 * * * *", timezone: "Asia/Shanghai" }));
  });

  it("sends the due reminders when a worker runs the sweep, and only once when it runs again", async () => {
    await runner.send("reminders.sweep", {});
    const inbox = await eventually(async () => {
      const list = (await (await w.as("jxj")).call("GET", "/api/notifications")).json();
      return list.length ? list : undefined;
    });
    expect(inbox).toEqual([expect.objectContaining({ kind: "reminder_before_3" })]);
    expect(mailed).toEqual([{ to: ["jxj@example.gov.cn"], message: expect.objectContaining({ title: "报送提醒:2025-08 报告 3 天后截止" }) }]);
    const jobId = await runner.send("reminders.sweep", {});
    await eventually(async () => ((await runner.boss.getJobById("reminders.sweep", jobId as string))?.state === "completed" ? true : undefined));
    expect((await (await w.as("jxj")).call("GET", "/api/notifications")).json()).toHaveLength(1);
    expect(mailed).toHaveLength(1);
  });

  it("opens a scheduled round for the month just ended, in the scheduling supervisor's name", async () => {
    const actor = { ...w.supervisor.user, displayName: "督查室", role: "supervisor" as const };
    const data = { planIds: [w.planId], kind: "monthly" as const, deadlineAfterDays: 5, actor };
    await scheduleRoundOpening(runner.boss, data);
    expect(await runner.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: openRoundJob.name, cron: ROUND_CRONS.monthly }));
    w.t.clock.set("2025-10-01T09:00:00+08:00");
    await runner.send(openRoundJob.name, data);
    w.forgetSessions();
    const round = await eventually(async () => {
      const rounds = (await (await w.as("supervisor")).call("GET", "/api/rounds")).json();
      return rounds.find((r: { period: string }) => r.period === "2025-09");
    });
    expect(round).toMatchObject({ kind: "monthly", deadline: "2025-10-06", reportCount: 3 });
  });
});

describe("the kept-status refresh", () => {
  it("is scheduled every 5 minutes and keeps every plan's statuses again for the new day", async () => {
    expect(await runner.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: "status.refresh", cron: "*/5 * * * *" }));
    w.t.clock.set("2025-10-02T00:01:00+08:00");
    await runner.send("status.refresh", {});
    const kept = await eventually(async () => {
      const [row] = await w.t.database.db.select().from(planStatuses).where(eq(planStatuses.planId, w.planId));
      return row?.computedOn === "2025-10-02" ? row : undefined;
    });
    expect(kept.planId).toBe(w.planId);
    expect((await w.t.database.db.select().from(itemStatuses).where(eq(itemStatuses.planId, w.planId))).length).toBeGreaterThan(0);
  });
});

describe("the period a scheduled round asks about", () => {
  it.each([
    ["monthly", "2025-10-01", "2025-09"],
    ["monthly", "2026-01-01", "2025-12"],
    ["quarterly", "2025-10-01", "2025-Q3"],
    ["quarterly", "2026-01-01", "2025-Q4"],
  ] as const)("%s on %s → %s", (kind, today, period) => {
    expect(periodJustEnded(kind, today)).toBe(period);
  });
});
