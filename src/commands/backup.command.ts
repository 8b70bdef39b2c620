/** `luoshi backup FILE`: writes every table of the database (PGlite in ./data, or DATABASE_URL) to a JSON file. */
import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { describeFailure } from "./cli-failure.shared.ts";

/** The backup command. */
export const backupCommand = new Command("backup")
  .description("write a JSON backup of the database (stop the server first when it uses the embedded database)")
  .argument("<file>", "where to write the backup")
  .action(async (file: string) => {
    const { systemClock } = await import("../server/clock.ts");
    const { dumpDatabase } = await import("../server/db/backup.ts");
    const { locationFromEnv, openDatabase } = await import("../server/db/client.ts");
    const database = await openDatabase(locationFromEnv());
    try {
      await database.migrate();
      const backup = await dumpDatabase(database.db, systemClock.now());
      await writeFile(file, JSON.stringify(backup));
      const rows = backup.tables.reduce((sum, table) => sum + table.rows.length, 0);
      process.stdout.write(`已备份 ${backup.tables.length} 张表、${rows} 行 / Backed up ${backup.tables.length} tables, ${rows} rows → ${file}\n`);
    } catch (error) {
      const failure = describeFailure(error);
      process.stderr.write(`${failure.message}\n`);
      process.exitCode = failure.exitCode;
    } finally {
      await database.close();
    }
  });
