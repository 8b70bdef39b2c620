/** `luoshi prepare-db`: writes the empty-database template the first start copies (npm runs it after install). */
import { Command } from "commander";

/** The prepare-db command; it never fails an install, it only warns. */
export const prepareDbCommand = new Command("prepare-db")
  .description("write the embedded-database template so the first start skips initdb (run by postinstall)")
  .action(async () => {
    const { migrationsFolder } = await import("../server/db/client.ts");
    const { templateFile, writeTemplate } = await import("../server/db/pglite-template.ts");
    try {
      const bytes = await writeTemplate(migrationsFolder);
      process.stdout.write(`luoshi: database template ready (${Math.round(bytes / 1024 / 1024)} MB) → ${templateFile}\n`);
    } catch (error) {
      process.stderr.write(`luoshi: no database template (${error instanceof Error ? error.message : String(error)}); the first start will be slower\n`);
    }
  });
