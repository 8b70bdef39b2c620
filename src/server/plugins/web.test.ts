import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import errorsPlugin from "./errors.ts";
import webPlugin from "./web.ts";

describe("web plugin: the built app at /", () => {
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "luoshi-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><div id=root></div>");
    writeFileSync(join(root, "assets", "main-abc123.js"), "console.log(1)");
    app = Fastify();
    await app.register(errorsPlugin);
    app.get("/api/health", async () => ({ ok: true }));
    await app.register(webPlugin, { root });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves index.html at / with no-cache", async () => {
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/text\/html/);
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("serves hashed assets with a year-long immutable cache", async () => {
    const response = await app.inject({ method: "GET", url: "/assets/main-abc123.js" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe("console.log(1)");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers any other page path with index.html so the browser router can take over", async () => {
    const response = await app.inject({ method: "GET", url: "/plans/123/review?x=1" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id=root>');
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("serves files built after start-up and answers 404 for missing files, not the page", async () => {
    writeFileSync(join(root, "assets", "late-def456.js"), "console.log(2)");
    const late = await app.inject({ method: "GET", url: "/assets/late-def456.js" });
    expect(late.statusCode).toBe(200);
    expect(late.body).toBe("console.log(2)");
    expect(late.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await app.inject({ method: "GET", url: "/assets/missing-000.js" })).statusCode).toBe(404);
    expect((await app.inject({ method: "GET", url: "/assets/..%2f..%2fetc%2fpasswd.js" })).statusCode).not.toBe(200);
  });

  it("leaves unknown /api paths to the JSON not-found error", async () => {
    const response = await app.inject({ method: "GET", url: "/api/nope" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "route.not_found" } });
    expect((await app.inject({ method: "GET", url: "/api/health" })).json()).toEqual({ ok: true });
  });
});
