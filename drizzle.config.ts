/** drizzle-kit settings: every file under src/server/db/schema/ is part of the schema; `npm run db:generate` writes a migration. */
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema/*.ts",
  out: "./src/server/db/migrations",
});
