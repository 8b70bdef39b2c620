import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  it("answers 429 once a client exceeds the attempts allowed per window", async () => {
    const codes: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "192.0.2.7",
        payload: { username: "leader", password: "wrong-password" },
      });
      codes.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe("request.rate_limited");
    }
    expect(codes.filter((code) => code === 401).length).toBeLessThanOrEqual(5);
    expect(codes.at(-1)).toBe(429);
  });
});
