// Builds the web app (dist/web) unless it is already there. Run by `npm install` and before `npm start`,
// directly with node rather than through a nested `npm run`, which would add half a second to every start.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

if (!existsSync(new URL("../dist/web/index.html", import.meta.url))) {
  const vite = new URL("../node_modules/vite/bin/vite.js", import.meta.url);
  const root = new URL("..", import.meta.url).pathname;
  const { status } = spawnSync(process.execPath, [vite.pathname, "build"], { cwd: root, stdio: "inherit" });
  process.exit(status ?? 1);
}
