/** The `luoshi` command line. Each command lives in src/commands/<name>.command.ts. */
import { Command } from "commander";
import { extractCommand } from "./commands/extract.command.ts";
import { scoreCommand } from "./commands/score.command.ts";

const program = new Command("luoshi").description("Luoshi (落实): policy documents to delivered targets");
program.addCommand(extractCommand);
program.addCommand(scoreCommand);

await program.parseAsync(process.argv);
