/** `luoshi serve`: the server on PORT with the embedded database (or DATABASE_URL), demo data on first run. */
import { Command } from "commander";

/** The serve command. */
export const serveCommand = new Command("serve")
  .description("start the server (PGlite in ./data unless DATABASE_URL is set; demo data on first run)")
  .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
  .option("--no-demo", "do not load demo data into an empty database")
  .action(async (options: { port?: string; demo: boolean }) => {
    // loaded here, not at the top, so other commands do not pay for the whole server
    const { startOptionsFromEnv, startServer } = await import("../server/main.ts");
    const defaults = startOptionsFromEnv();
    await startServer({
      ...defaults,
      port: options.port ? Number(options.port) : defaults.port,
      demo: defaults.demo && options.demo,
    });
  });
