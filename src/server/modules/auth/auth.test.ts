import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { anonymous, createTestApp, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { makeUser, TEST_PASSWORD } from "../../../../test/helpers/factories.ts";
import { permissionsOf } from "../../../core/domain/access/permissions.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { loginRateLimit: { max: 5, timeWindowMs: 60_000 } } });
  await makeUser(t.database.db, { role: "supervisor" });
  await makeUser(t.database.db, { role: "viewer", username: "leader" });
});
afterAll(() => t.close());

describe("POST /api/auth/login", () => {
  it("starts a session in an httpOnly SameSite cookie and returns the user and a CSRF token", async () => {
    const response = await anonymous(t.app, "POST", "/api/auth/login", { username: "supervisor", password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ username: "supervisor", role: "supervisor", unitIds: [] });
    expect(body.permissions).toEqual(expect.arrayContaining(["plans.edit", "rounds.open", "reports.review"]));
    expect(body.user).not.toHaveProperty("passwordHash");
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = response.cookies.find((c) => c.name === "luoshi_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  });

  it("refuses a wrong password or an unknown user with the same 401", async () => {
    const wrong = await anonymous(t.app, "POST", "/api/auth/login", { username: "leader", password: "nope-nope" });
    const unknown = await anonymous(t.app, "POST", "/api/auth/login", { username: "ghost", password: "nope-nope" });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({ code: "auth.invalid_credentials", message: "用户名或密码错误" });
    }
  });
});

describe("GET /api/auth/me and POST /api/auth/logout", () => {
  it("returns the session's user and CSRF token, and 401 without a session", async () => {
    const session = await signIn(t.app, "leader");
    const me = await session.call("GET", "/api/auth/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: "leader", role: "viewer" }, csrfToken: session.csrfToken });
    expect(me.json().permissions).toEqual(permissionsOf("viewer"));
    expect(me.json().permissions).toContain("plans.read");
    expect(me.json().permissions).not.toContain("plans.edit");
    const none = await anonymous(t.app, "GET", "/api/auth/me");
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe("auth.unauthenticated");
  });

  it("ends the session on logout; the old cookie no longer works", async () => {
    const session = await signIn(t.app, "leader");
    const noCsrf = await session.call("POST", "/api/auth/logout", undefined, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    const out = await session.call("POST", "/api/auth/logout");
    expect(out.statusCode).toBe(200);
    expect((await session.call("GET", "/api/auth/me")).statusCode).toBe(401);
  });

  it("refuses a write with a wrong CSRF token", async () => {
    const session = await signIn(t.app, "supervisor");
    const response = await session.call("POST", "/api/units", { name: "市财政局" }, { csrf: "forged" });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("auth.csrf_invalid");
  });

  it("expires a session after its lifetime", async () => {
    const session = await signIn(t.app, "leader");
    t.clock.advance(13 * 60 * 60 * 1000);
    expect((await session.call("GET", "/api/auth/me")).statusCode).toBe(401);
    t.clock.advance(-13 * 60 * 60 * 1000);
  });
});

describe("login rate limit", () => {
  const loginFrom = (app: typeof t.app, remoteAddress: string, password: string) =>
    app.inject({ method: "POST", url: "/api/auth/login", remoteAddress, payload: { username: "leader", password } });

  it("answers 429 once a client exceeds the failed logins allowed per window", async () => {
    const codes: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await loginFrom(t.app, "192.0.2.7", "wrong-password");
      codes.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().error).toMatchObject({ code: "request.rate_limited", details: { retryAfterMs: expect.any(Number) } });
      }
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it("does not count successful logins, so an office sharing one address is not locked out", async () => {
    for (let attempt = 0; attempt < 8; attempt += 1) {
      expect((await loginFrom(t.app, "192.0.2.8", TEST_PASSWORD)).statusCode).toBe(200);
    }
    expect((await loginFrom(t.app, "192.0.2.8", "wrong-password")).statusCode).toBe(401);
  });

  it("counts the tries of every instance on the same database, and lets the client in again after the window", async () => {
    const second = await buildApp({ db: t.database.db, clock: t.clock, config: { loginRateLimit: { max: 5, timeWindowMs: 60_000 } } });
    try {
      const codes: number[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        codes.push((await loginFrom(attempt % 2 ? second : t.app, "192.0.2.9", "wrong-password")).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await loginFrom(second, "192.0.2.9", TEST_PASSWORD)).statusCode).toBe(429);
      t.clock.advance(61_000);
      expect((await loginFrom(second, "192.0.2.9", TEST_PASSWORD)).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});
