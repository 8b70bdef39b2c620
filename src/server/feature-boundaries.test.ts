/**
 * Feature boundaries (issue 11): a feature reads another only through its public face (its service or
 * `<feature>.queries.ts`), never through the other's `*.repository.ts`. Scans every file under
 * src/server/modules/<feature>/ for static imports, re-exports and dynamic imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const modulesDir = resolve(dirname(fileURLToPath(import.meta.url)), "modules");

/** Cross-feature repository imports that are tolerated for now, as "importing feature -> imported file". */
const allowed = new Set<string>([]);

/** Every module specifier in a source file: `from "…"` (imports and re-exports), `import "…"`, `import("…")`. */
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?<specifier>[^"']+)["']/g;

/** The files of a directory tree, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The feature folder a path under src/server/modules belongs to, and the path inside it; null outside. */
function featureOf(path: string): { feature: string; inner: string } | null {
  const rel = relative(modulesDir, path);
  if (rel.startsWith("..")) return null;
  const [feature, ...rest] = rel.split(sep);
  return feature && rest.length > 0 ? { feature, inner: rest.join("/") } : null;
}

/** Each import of another feature's repository, as "importing feature -> imported file" with the importer's path. */
function foreignRepositoryImports(): { edge: string; file: string }[] {
  return filesUnder(modulesDir).flatMap((file) => {
    const from = featureOf(file);
    if (!from) return [];
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(specifierPattern)].flatMap((match) => {
      const specifier = match.groups?.specifier ?? "";
      if (!specifier.startsWith(".")) return [];
      const target = featureOf(resolve(dirname(file), specifier));
      if (!target || target.feature === from.feature || !/\.repository(\.ts)?$/.test(target.inner)) return [];
      return [{ edge: `${from.feature} -> ${target.feature}/${target.inner}`, file: relative(modulesDir, file) }];
    });
  });
}

describe("feature boundaries", () => {
  it("no feature imports another feature's repository (only the allow-listed one)", () => {
    const found = foreignRepositoryImports();
    const violations = found.filter(({ edge }) => !allowed.has(edge)).map(({ edge, file }) => `${file}: ${edge}`);
    expect(violations).toEqual([]);
  });

  it("every allow-listed import still exists, so the list shrinks when one goes away", () => {
    const edges = new Set(foreignRepositoryImports().map(({ edge }) => edge));
    expect([...allowed].filter((edge) => !edges.has(edge))).toEqual([]);
  });

  it("no service decides access by testing the actor's role inline: it asks its feature's policy", () => {
    const inline = filesUnder(modulesDir)
      .filter((file) => file.endsWith(".service.ts"))
      .filter((file) => /actor\.role\s*[!=]==/.test(readFileSync(file, "utf8")))
      .map((file) => relative(modulesDir, file));
    expect(inline).toEqual([]);
  });

  it("catches a foreign repository import in any form", () => {
    const sample = [
      'import { findRound } from "../rounds/rounds.repository.ts";',
      'import type { RoundRow } from "../rounds/rounds.repository";',
      'export { findRound } from "../rounds/rounds.repository.ts";',
      "const m = await import('../rounds/rounds.repository.ts');",
      'import {\n  a,\n  b,\n} from "../rounds/rounds.repository.ts";',
    ].join("\n");
    const specifiers = [...sample.matchAll(specifierPattern)].map((match) => match.groups?.specifier);
    const withExtension = "../rounds/rounds.repository.ts";
    expect(specifiers).toEqual([withExtension, "../rounds/rounds.repository", withExtension, withExtension, withExtension]);
  });
});
