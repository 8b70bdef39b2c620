/**
 * Runs `node bin/luoshi.js serve` as a child process, as `npm start` does, on a port of its own: for the
 * end-to-end start-up test and the start-up benchmark.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A free TCP port on this machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A started server process: its base URL, its output so far, and how to stop it. */
export interface ServerProcess {
  url: string;
  startedAt: number;
  output(): string;
  /** resolves with the ms from spawn until GET /api/health answered */
  healthy(timeoutMs?: number): Promise<number>;
  /** sends SIGTERM and resolves with the exit code */
  stop(): Promise<number | null>;
}

/** Spawns the server with extra environment (LUOSHI_DATA, DATABASE_URL, LUOSHI_DEMO_PASSWORD …). */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const startedAt = Date.now();
  const child: ChildProcess = spawn(process.execPath, ["bin/luoshi.js", "serve"], {
    cwd: repositoryRoot,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    startedAt,
    output: () => output,
    healthy: async (timeoutMs = 60_000) => {
      while (Date.now() - startedAt < timeoutMs) {
        if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
        const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
        if (ok) return Date.now() - startedAt;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no health answer within ${timeoutMs} ms: ${output}`);
    },
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
