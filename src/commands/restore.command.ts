/** `luoshi restore FILE`: replaces the database's content with a backup written by `luoshi backup`. */
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { describeFailure } from "./cli-failure.shared.ts";

/** The restore command. */
export const restoreCommand = new Command("restore")
  .description("replace the database's content with a backup (stop the server first)")
  .argument("<file>", "a backup written by `luoshi backup`")
  .action(async (file: string) => {
    const { invalidBackup, parseBackup, restoreDatabase } = await import("../server/db/backup.ts");
    const { locationFromEnv, openDatabase } = await import("../server/db/client.ts");
    const database = await openDatabase(locationFromEnv());
    try {
      const backup = parseBackup(JSON.parse(await readFile(file, "utf8")));
      await database.migrate();
      const restored = await restoreDatabase(database.db, backup);
      const rows = Object.values(restored).reduce((sum, count) => sum + count, 0);
      process.stdout.write(`已恢复 ${rows} 行 / Restored ${rows} rows from ${file}\n`);
    } catch (error) {
      const failure = describeFailure(error instanceof SyntaxError ? invalidBackup() : error);
      process.stderr.write(`${failure.message}\n`);
      process.exitCode = failure.exitCode;
    } finally {
      await database.close();
    }
  });

