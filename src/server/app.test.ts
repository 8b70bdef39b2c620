import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, signIn, type TestApp } from "../../test/helpers/app.ts";
import { makeUser, TEST_PASSWORD } from "../../test/helpers/factories.ts";
import { buildApp } from "./app.ts";
import { defaultImportDeps } from "./modules/plans/imports.deps.ts";

let t: TestApp;
beforeAll(async () => {
  const failingExtractor = {
    ...defaultImportDeps,
    extract: () => {
      throw new Error("connection to 10.0.0.5:5432 refused; secret=hunter2");
    },
  };
  t = await createTestApp({ importer: failingExtractor });
  await makeUser(t.database.db, { role: "viewer" });
  await makeUser(t.database.db, { role: "supervisor" });
});
afterAll(() => t.close());

describe("the server", () => {
  it("answers GET /api/health without a session", async () => {
    const response = await anonymous(t.app, "GET", "/api/health");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, ready: true });
  });

  it("sends security headers", async () => {
    const response = await anonymous(t.app, "GET", "/api/health");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(response.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("serves the OpenAPI document at /api/docs", async () => {
    const ui = await anonymous(t.app, "GET", "/api/docs");
    expect([200, 302]).toContain(ui.statusCode);
    const spec = await anonymous(t.app, "GET", "/api/docs/json");
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/units", "/api/users"]));
  });

  it("answers an unknown route with a coded 404 in both languages", async () => {
    const session = await signIn(t.app, "viewer");
    const response = await session.call("GET", "/api/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: "route.not_found", message: expect.any(String), messageEn: "No such endpoint" });
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("request.invalid");
  });

  it("answers an unsupported content type with 415", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/x-foo" },
      payload: "x",
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("request.unsupported_media_type");
  });

  it("answers a server fault with a coded 500 that reveals nothing of it", async () => {
    const session = await signIn(t.app, "supervisor");
    const response = await session.call("POST", "/api/plans/import", { text: "一、总体要求" });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: "server.internal", message: "服务器内部错误", messageEn: "Internal server error" },
    });
    expect(response.body).not.toMatch(/hunter2|10\.0\.0\.5|stack|Error:/);
  });

  it("says it is not ready while the demo loads, and holds a login until it is", async () => {
    let loaded = () => {};
    const dataReady = new Promise<void>((resolve) => (loaded = resolve));
    const database = t.database;
    const app = await buildApp({ db: database.db, clock: t.clock, dataReady });
    try {
      expect((await anonymous(app, "GET", "/api/health")).json()).toEqual({ ok: true, ready: false });
      let answered = false;
      const login = anonymous(app, "POST", "/api/auth/login", { username: "viewer", password: TEST_PASSWORD }).finally(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      loaded();
      expect((await login).statusCode).toBe(200);
      expect((await anonymous(app, "GET", "/api/health")).json()).toEqual({ ok: true, ready: true });
    } finally {
      await app.close();
    }
  });
});
