/**
 * The web's API types are the server's zod schemas (z.infer / z.input), so `npm run typecheck` fails when the web
 * and the server disagree. This keeps that sharing safe: the web takes only types from src/server (nothing of the
 * server reaches the bundle), and the schema modules it reads import nothing server-side (only zod, the core and
 * each other).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const rel = (file: string) => path.relative(root, file).split(path.sep).join("/");

/** zod-free modules of src/server with no imports at all, which the web may import at run time. */
const RUNTIME_FROM_SERVER = new Set(["src/server/modules/settings/webhook-formats.ts"]);
/** The src/server modules a web type may come from: schema modules and the zod-free lists they use. */
const SHARED = /^src\/server\/(modules\/[^/]+\/[^/]+\.schemas\.ts|access\/actor\.ts|quantity\.schemas\.ts|modules\/settings\/webhook-formats\.ts)$/;

interface Import {
  typeOnly: boolean;
  specifier: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const found: Import[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\bfrom\s+"([^"]+)"/gm)) {
    found.push({ typeOnly: Boolean(match[1]), specifier: match[2] });
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const webFiles = filesUnder(path.join(root, "web/src"));

describe("web API types shared with the server", () => {
  it("the web imports only types from src/server, apart from zod-free lists", () => {
    const runtime: string[] = [];
    for (const file of webFiles) {
      for (const { typeOnly, specifier } of importsOf(file)) {
        if (!specifier.startsWith(".")) continue;
        const target = rel(path.resolve(path.dirname(file), specifier));
        if (target.startsWith("src/server/") && !typeOnly && !RUNTIME_FROM_SERVER.has(target)) runtime.push(`${rel(file)} → ${target}`);
      }
    }
    expect(runtime).toEqual([]);
  });

  it("the server modules the web reads import only zod, the core and other shared schema modules", () => {
    const queue = webFiles.flatMap((file) =>
      importsOf(file)
        .filter(({ specifier }) => specifier.startsWith("."))
        .map(({ specifier }) => path.resolve(path.dirname(file), specifier))
        .filter((target) => rel(target).startsWith("src/server/")),
    );
    expect(queue.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    const wrong: string[] = [];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      if (!SHARED.test(rel(file))) {
        wrong.push(`${rel(file)} is not a schema module`);
        continue;
      }
      for (const { specifier } of importsOf(file)) {
        if (!specifier.startsWith(".")) {
          if (specifier !== "zod") wrong.push(`${rel(file)} imports ${specifier}`);
          continue;
        }
        const target = path.resolve(path.dirname(file), specifier);
        if (rel(target).startsWith("src/core/")) continue;
        queue.push(target);
      }
    }
    expect(wrong).toEqual([]);
    for (const file of RUNTIME_FROM_SERVER) expect(importsOf(path.join(root, file))).toEqual([]);
  });
});
