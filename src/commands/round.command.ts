/** `luoshi round open|list`: open a reporting round for published plans, or list rounds, from the command line. */
import { Command } from "commander";
import type { Actor } from "../server/access/actor.ts";
import { systemClock } from "../server/clock.ts";
import { type Database, locationFromEnv, openDatabase } from "../server/db/client.ts";
import { commonErrors, defineError } from "../server/errors.ts";
import { ROUND_CRONS, scheduleRoundOpening } from "../server/jobs/open-round.job.ts";
import { assertSupervises } from "../server/modules/rounds/rounds.policy.ts";
import { type NewRound, listRounds, openRound } from "../server/modules/rounds/rounds.service.ts";
import { withBoss } from "../server/plugins/jobs.ts";
import { findUserByUsername, unitIdsByUser } from "../server/modules/users/users.repository.ts";
import { toActor } from "../server/modules/users/users.presenter.ts";
import { describeFailure } from "./cli-failure.shared.ts";

const unknownUser = defineError("cli.unknown_user", 404, "找不到该用户", "No such user");

/** Loads the user a command acts as; the services check what that user may do. */
export async function actorNamed(database: Database, username: string): Promise<Actor> {
  const user = await findUserByUsername(database.db, username);
  if (!user || !user.active) throw unknownUser({ username });
  return toActor(user, (await unitIdsByUser(database.db, [user.id])).get(user.id) ?? []);
}

/** Opens the database, runs `work`, prints a failure as one line with its exit code, and closes. */
export async function withDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  const database = await openDatabase(locationFromEnv());
  try {
    await database.migrate();
    await work(database);
  } catch (error) {
    const failure = describeFailure(error);
    process.stderr.write(`${failure.message}\n`);
    process.exitCode = failure.exitCode;
  } finally {
    await database.close();
  }
}

const open = new Command("open")
  .description("open a reporting round for one or more published plans")
  .requiredOption("--plan <id...>", "plan ids")
  .requiredOption("--period <period>", "the period asked about, e.g. 2025-09 or 2025-Q3")
  .requiredOption("--deadline <date>", "local date YYYY-MM-DD")
  .option("--kind <kind>", "monthly | quarterly | adhoc", "monthly")
  .option("--as <username>", "the supervisor opening it", "supervisor")
  .action((options: { plan: string[]; period: string; deadline: string; kind: NewRound["kind"]; as: string }) =>
    withDatabase(async (database) => {
      const actor = await actorNamed(database, options.as);
      const round = await openRound(
        { db: database.db, clock: systemClock, actor },
        { planIds: options.plan, kind: options.kind, period: options.period, deadline: options.deadline },
      );
      process.stdout.write(`已开启报送轮次 ${round.period}(截止 ${round.deadline}),共 ${round.reportCount} 份报告 / Opened round ${round.id}\n`);
    }),
  );

const list = new Command("list")
  .description("list reporting rounds, newest first")
  .option("--as <username>", "whose view", "supervisor")
  .action((options: { as: string }) =>
    withDatabase(async (database) => {
      const actor = await actorNamed(database, options.as);
      for (const round of await listRounds({ db: database.db, clock: systemClock, actor })) {
        process.stdout.write(`${round.id}\t${round.period}\t截止 ${round.deadline}\t${round.status}\t${round.submittedCount}/${round.reportCount}\n`);
      }
    }),
  );

const schedule = new Command("schedule")
  .description("open a round by itself at 09:00 on the 1st of every month (or quarter) for the period just ended")
  .requiredOption("--plan <id...>", "plan ids")
  .option("--kind <kind>", "monthly | quarterly", "monthly")
  .option("--deadline-after <days>", "days from opening to the deadline", "5")
  .option("--as <username>", "the supervisor the rounds are opened in the name of", "supervisor")
  .action((options: { plan: string[]; kind: "monthly" | "quarterly"; deadlineAfter: string; as: string }) =>
    withDatabase(async (database) => {
      const actor = await actorNamed(database, options.as);
      assertSupervises(actor, "rounds.schedule");
      const deadlineAfterDays = Number(options.deadlineAfter);
      if (!Number.isInteger(deadlineAfterDays) || deadlineAfterDays < 1 || !(options.kind in ROUND_CRONS)) {
        throw commonErrors.validation({ kind: options.kind, deadlineAfter: options.deadlineAfter });
      }
      const data = { planIds: options.plan, kind: options.kind, deadlineAfterDays, actor };
      await withBoss(database, (boss) => scheduleRoundOpening(boss, data));
      process.stdout.write(`已设置定期报送:${ROUND_CRONS[options.kind]}(Asia/Shanghai),截止为开启后 ${data.deadlineAfterDays} 天 / Scheduled\n`);
    }),
  );

/** The round command. */
export const roundCommand = new Command("round")
  .description("reporting rounds (报送轮次)")
  .addCommand(open)
  .addCommand(list)
  .addCommand(schedule);
