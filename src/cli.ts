/** The `luoshi` command line. Each command lives in src/commands/<name>.command.ts. */
import { Command } from "commander";

const program = new Command("luoshi").description("Luoshi (落实): policy documents to delivered targets");

await program.parseAsync(process.argv);
