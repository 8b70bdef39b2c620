/**
 * Start-up: `luoshi serve` on an empty embedded database (migrations, demo data) and again on the same data,
 * from spawning the process to GET /api/health, and to the first login (which waits for the demo).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnServer } from "../test/helpers/server-process.ts";

export const name = "start-up (luoshi serve, PGlite)";

async function startOnce(dataDir: string) {
  const server = await spawnServer({ LUOSHI_DATA: dataDir, LUOSHI_DEMO_PASSWORD: "bench-password" });
  try {
    const healthMs = await server.healthy();
    await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "viewer", password: "bench-password" }),
    });
    return { healthMs, apiMs: Date.now() - server.startedAt };
  } finally {
    await server.stop();
  }
}

export async function run() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "luoshi-bench-start-"));
  try {
    const first = await startOnce(dataDir);
    const again = await startOnce(dataDir);
    return {
      "first start: spawn → health (ms)": first.healthMs,
      "first start: spawn → first API answer, demo in (ms)": first.apiMs,
      "next start: spawn → health (ms)": again.healthMs,
      "budget (ms)": 5000,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
