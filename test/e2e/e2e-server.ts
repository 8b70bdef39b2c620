/**
 * The server the browser tests drive: the built web app (built first when dist/web is missing) and the API on a
 * fresh database, listening on a free local port, with a fixed clock so statuses do not depend on the day the
 * test runs. Only a supervisor, a reporter and the reporter's unit exist; everything else happens in the browser.
 */
import { spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { buildApp } from "../../src/server/app.ts";
import { fixedClock } from "../helpers/clock.ts";
import { createTestDatabase } from "../helpers/database.ts";
import { makeUnit, makeUser, TEST_PASSWORD } from "../helpers/factories.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Builds the web app once when no build exists (`npm test` on a fresh clone), as `npm start` does. */
export function ensureWebBuilt(): void {
  const result = spawnSync(process.execPath, ["scripts/ensure-web.mjs"], { cwd: REPO, stdio: "inherit" });
  if (result.status !== 0) throw new Error("vite build failed");
}

/** The running server, its users and the way to stop it. */
export interface E2eServer {
  baseUrl: string;
  password: string;
  close(): Promise<void>;
}

/** Starts the app on a fresh database at the given local time. */
export async function startE2eServer(now: string): Promise<E2eServer> {
  ensureWebBuilt();
  const database = await createTestDatabase();
  const government = await makeUnit(database.db, { name: "鄂州市人民政府", kind: "government" });
  const industry = await makeUnit(database.db, { name: "市经信局", parentId: government.id });
  await makeUnit(database.db, { name: "市财政局", parentId: government.id });
  await makeUser(database.db, { role: "supervisor", username: "supervisor", displayName: "督查室" });
  await makeUser(database.db, { role: "reporter", username: "reporter", displayName: "市经信局填报员", unitIds: [industry.id] });
  const app = await buildApp({ db: database.db, clock: fixedClock(now) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    password: TEST_PASSWORD,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
