/**
 * The app under test: a fresh migrated database, buildApp on it with a fixed clock, and `signIn` that returns a
 * client carrying the session cookie and CSRF token, so route tests read like the web app's calls.
 */
import type { LightMyRequestResponse } from "fastify";
import { type App, buildApp, type BuildAppOptions } from "../../src/server/app.ts";
import type { Database } from "../../src/server/db/client.ts";
import { fixedClock } from "./clock.ts";
import { createTestDatabase } from "./database.ts";
import { TEST_PASSWORD } from "./factories.ts";

/** A test's app, its database and clock. Call `close()` in afterAll. */
export interface TestApp {
  app: App;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** Builds the app on a fresh database; options (config overrides) pass through to buildApp. */
export async function createTestApp(options: Omit<BuildAppOptions, "db" | "clock"> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock();
  const app = await buildApp({ ...options, db: database.db, clock });
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Options of one request: extra headers, a raw payload (multipart), or leaving out the CSRF token. */
export interface CallOptions {
  headers?: Record<string, string>;
  csrf?: string | false;
  payload?: Buffer;
}

/** A signed-in client: `call(method, url, body?)` sends the session cookie and, on writes, the CSRF token. */
export interface Session {
  user: { id: string; username: string; role: string; unitIds: string[] };
  csrfToken: string;
  cookie: string;
  call(method: Method, url: string, body?: unknown, options?: CallOptions): Promise<LightMyRequestResponse>;
}

/** Sends a request without a session. */
export function anonymous(app: App, method: Method, url: string, body?: unknown) {
  return app.inject({ method, url, ...(body === undefined ? {} : { payload: body as object }) });
}

let nextAddress = 1;

/** Logs in through POST /api/auth/login (each time from a new client address, so the failed-login limit only
 * bites where a test provokes it) and returns the signed-in client. */
export async function signIn(app: App, username: string, password = TEST_PASSWORD): Promise<Session> {
  const remoteAddress = `10.0.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;
  const response = await app.inject({ method: "POST", url: "/api/auth/login", remoteAddress, payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login as ${username} failed: ${response.statusCode} ${response.body}`);
  const { user, csrfToken } = response.json();
  const setCookie = response.cookies.find((cookie) => cookie.name === "luoshi_session");
  if (!setCookie) throw new Error("login set no session cookie");
  const cookie = `luoshi_session=${setCookie.value}`;
  return {
    user,
    csrfToken,
    cookie,
    call: (method, url, body, options = {}) => {
      const csrf = options.csrf === undefined ? csrfToken : options.csrf;
      const headers: Record<string, string> = { cookie, ...options.headers };
      if (method !== "GET" && csrf !== false) headers["x-csrf-token"] = csrf;
      const payload = options.payload ?? (body as object | undefined);
      return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    },
  };
}
