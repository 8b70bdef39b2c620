/**
 * A ready-made empty PGlite cluster, written at install time (`luoshi prepare-db`, run by npm's postinstall),
 * so the first `npm start` copies it instead of running initdb, which costs seconds. Optional: without it the
 * first start simply runs initdb.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Where the template lives: npm's cache folder inside node_modules, never committed. */
export const templateFile = path.join(repositoryRoot, "node_modules", ".cache", "luoshi", "pglite-template.tar");

/** Writes the template: a fresh cluster with the migrations of today applied (later ones apply at start). */
export async function writeTemplate(migrationsFolder: string, file = templateFile): Promise<number> {
  const pglite = await PGlite.create();
  try {
    await migrate(drizzle(pglite), { migrationsFolder });
    const dump = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, dump);
    return dump.byteLength;
  } finally {
    await pglite.close();
  }
}

/** Opens PGlite in a data directory, seeding a brand-new directory from the template when there is one. */
export async function createPglite(dataDir: string, file = templateFile): Promise<PGlite> {
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  mkdirSync(dataDir, { recursive: true });
  if (fresh && existsSync(file)) {
    return PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  }
  return PGlite.create(dataDir);
}
