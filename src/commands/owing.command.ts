/** `luoshi owing [roundId]`: who still owes a report in a round (the newest open one by default). */
import { Command } from "commander";
import { systemClock } from "../server/clock.ts";
import { getRound, listRounds } from "../server/modules/rounds/rounds.service.ts";
import { actorNamed, withDatabase } from "./round.command.ts";

/** The owing command. */
export const owingCommand = new Command("owing")
  .description("list the units that still owe a report (逾期未报 with days overdue)")
  .argument("[roundId]", "the round; the newest open round when left out")
  .option("--as <username>", "whose view", "supervisor")
  .action((roundId: string | undefined, options: { as: string }) =>
    withDatabase(async (database) => {
      const ctx = { db: database.db, clock: systemClock, actor: await actorNamed(database, options.as) };
      const id = roundId ?? (await listRounds(ctx)).find((r) => r.status === "open")?.id;
      if (!id) {
        process.stdout.write("没有进行中的报送轮次 / No open round\n");
        return;
      }
      const round = await getRound(ctx, id);
      process.stdout.write(`${round.period} 报送轮次(截止 ${round.deadline}):${round.owing.length} 个单位未报齐\n`);
      for (const unit of round.owing) {
        const late = unit.overdueDays > 0 ? `逾期 ${unit.overdueDays} 天` : "未逾期";
        process.stdout.write(`${unit.unitName}\t${unit.itemCount} 项\t${late}\n`);
      }
    }),
  );
