/** The `luoshi` command line. Each command lives in src/commands/<name>.command.ts. */
import { Command } from "commander";
import { extractCommand } from "./commands/extract.command.ts";
import { scoreCommand } from "./commands/score.command.ts";
import { serveCommand } from "./commands/serve.command.ts";
import { backupCommand } from "./commands/backup.command.ts";
import { restoreCommand } from "./commands/restore.command.ts";
import { prepareDbCommand } from "./commands/prepare-db.command.ts";
import { roundCommand } from "./commands/round.command.ts";
import { owingCommand } from "./commands/owing.command.ts";

const program = new Command("luoshi").description("Luoshi (落实): policy documents to delivered targets");
program.addCommand(extractCommand);
program.addCommand(scoreCommand);
program.addCommand(serveCommand);
program.addCommand(backupCommand);
program.addCommand(restoreCommand);
program.addCommand(prepareDbCommand);
program.addCommand(roundCommand);
program.addCommand(owingCommand);

await program.parseAsync(process.argv);
