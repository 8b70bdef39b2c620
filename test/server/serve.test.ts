/**
 * `luoshi serve` end to end, as `npm start` runs it: a fresh database is migrated and given the demo, the server
 * answers health, login and the plan list, stops cleanly on SIGTERM, and `luoshi backup` / `restore` carry the
 * data over to an empty database. On PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../helpers/database.ts";
import { spawnServer } from "../helpers/server-process.ts";

const run = promisify(execFile);
const password = "e2e-demo-password";
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where a server keeps its data: a temporary PGlite folder, or a fresh PostgreSQL database. */
async function freshStore(): Promise<Record<string, string>> {
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createPostgresDatabase(process.env.TEST_DATABASE_URL);
    cleanups.push(scratch.drop);
    return { DATABASE_URL: scratch.url };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "luoshi-serve-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { LUOSHI_DATA: dir };
}

async function login(url: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "supervisor", password }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function planTitles(url: string, cookie: string): Promise<string[]> {
  const response = await fetch(`${url}/api/plans`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const plans: { title: string; status: string; counts: { items: number } }[] = await response.json();
  for (const plan of plans) expect(plan).toMatchObject({ status: "published", counts: { items: expect.any(Number) } });
  return plans.map((plan) => plan.title).sort();
}

describe("luoshi serve", () => {
  it("starts on an empty database with the demo, serves the API and stops cleanly; backup and restore move it", async () => {
    const store = await freshStore();
    const server = await spawnServer({ ...store, LUOSHI_DEMO_PASSWORD: password });
    cleanups.push(() => server.stop().then(() => undefined));
    await server.healthy();
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, ready: expect.any(Boolean) }); // ready once the demo is in
    const titles = await planTitles(server.url, await login(server.url));
    expect(titles).toHaveLength(5);
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true, ready: true });
    expect(await server.stop()).toBe(0);

    const cli = path.resolve("bin/luoshi.js");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "luoshi-backup-")), "backup.json");
    await run(process.execPath, [cli, "backup", file], { env: { ...process.env, DATABASE_URL: "", ...store } });
    const target = await freshStore();
    await run(process.execPath, [cli, "restore", file], { env: { ...process.env, DATABASE_URL: "", ...target } });
    const restored = await spawnServer({ ...target, LUOSHI_DEMO_PASSWORD: "not-used" });
    cleanups.push(() => restored.stop().then(() => undefined));
    await restored.healthy();
    expect(await planTitles(restored.url, await login(restored.url))).toEqual(titles);
    expect(await restored.stop()).toBe(0);
  }, 180_000);
});
