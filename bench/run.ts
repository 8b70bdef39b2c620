/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or those named on the command line) and
 * prints their numbers. A bench module exports `name` and `run(): Promise<Record<string, string | number>>`.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

interface BenchModule {
  name: string;
  run(): Promise<Record<string, string | number>>;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
  const started = performance.now();
  const results = await bench.run();
  console.log(`\n## ${bench.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const [key, value] of Object.entries(results)) console.log(`  ${key.padEnd(48)} ${value}`);
}
