/**
 * A ready-made PGlite cluster with the migrations of install time applied, written after `npm install`
 * (`luoshi prepare-db`), so a new embedded database (the first `npm start`, every test file) is copied instead of
 * running initdb, which costs seconds. It is used only while every migration it holds is still in the
 * migrations folder, unchanged; otherwise, or without it, a new database runs initdb as usual.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Where the template lives: npm's cache folder inside node_modules, never committed. */
export const templateFile = path.join(repositoryRoot, "node_modules", ".cache", "luoshi", "pglite-template.tar");

/** The migrations a template holds, each with the digest of its SQL. */
type Fingerprint = { tag: string; sha256: string }[];

function fingerprint(migrationsFolder: string): Fingerprint {
  const journal: { entries: { tag: string }[] } = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"));
  return journal.entries.map(({ tag }) => ({
    tag,
    sha256: createHash("sha256").update(readFileSync(path.join(migrationsFolder, `${tag}.sql`))).digest("hex"),
  }));
}

function stillValid(template: Fingerprint, migrationsFolder: string): boolean {
  try {
    const current = new Map(fingerprint(migrationsFolder).map((entry) => [entry.tag, entry.sha256]));
    return template.every((entry) => current.get(entry.tag) === entry.sha256);
  } catch {
    return false;
  }
}

/** Writes the template: a fresh cluster with today's migrations applied. */
export async function writeTemplate(migrationsFolder: string, file = templateFile): Promise<number> {
  const pglite = await PGlite.create();
  try {
    await migrate(drizzle(pglite), { migrationsFolder });
    const dump = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
    mkdirSync(path.dirname(file), { recursive: true });
    // written aside and renamed, so a test or server starting meanwhile never reads half a file
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    writeFileSync(`${partial}.json`, JSON.stringify(fingerprint(migrationsFolder)));
    renameSync(partial, file);
    renameSync(`${partial}.json`, `${file}.json`);
    return dump.byteLength;
  } finally {
    await pglite.close();
  }
}

/** The template's bytes when it exists and still matches the migrations folder. */
function usableTemplate(migrationsFolder: string, file: string): Blob | undefined {
  if (!existsSync(file) || !existsSync(`${file}.json`)) return undefined;
  const held: Fingerprint = JSON.parse(readFileSync(`${file}.json`, "utf8"));
  return stillValid(held, migrationsFolder) ? new Blob([readFileSync(file)]) : undefined;
}

/**
 * Opens PGlite in a data directory (in memory without one); a new database starts from the template when it
 * is usable, unless `useTemplate` is false (the test that applies every migration to a truly fresh cluster).
 */
export async function createPglite(
  migrationsFolder: string,
  options: { dataDir?: string; useTemplate?: boolean; file?: string } = {},
): Promise<PGlite> {
  const { dataDir, useTemplate = true, file = templateFile } = options;
  const fresh = dataDir === undefined || !existsSync(path.join(dataDir, "PG_VERSION"));
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const loadDataDir = fresh && useTemplate ? usableTemplate(migrationsFolder, file) : undefined;
  return PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
}
