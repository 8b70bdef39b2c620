import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, signIn, type TestApp } from "../../test/helpers/app.ts";
import { SAMPLE_PLAN } from "../../test/helpers/documents.ts";
import { makeUnit, makeUser } from "../../test/helpers/factories.ts";

let t: TestApp;
let admin: Session;
const urls: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  const unit = await makeUnit(t.database.db, { name: "市经信局" });
  const user = await makeUser(t.database.db, { role: "admin" });
  admin = await signIn(t.app, "admin");
  const { plan } = (await admin.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).json();
  const detail = (await admin.call("GET", `/api/plans/${plan.id}`)).json();
  const item = detail.items.find((entry: { targets: unknown[] }) => entry.targets.length > 0);
  Object.assign(urls, {
    item: `/api/plans/${plan.id}/items/${item.id}`,
    items: `/api/plans/${plan.id}/items`,
    assignments: `/api/plans/${plan.id}/items/${item.id}/assignments`,
    targets: `/api/plans/${plan.id}/items/${item.id}/targets`,
    target: `/api/plans/${plan.id}/targets/${item.targets[0].id}`,
    resolve: `/api/plans/${plan.id}/units/resolve`,
    publish: `/api/plans/${plan.id}/publish`,
    versions: `/api/plans/${plan.id}/versions`,
    unit: `/api/units/${unit.id}`,
    user: `/api/users/${user.id}`,
  });
});
afterAll(() => t.close());

/** JSON values with the awkward cases in them: NUL characters, huge and fractional numbers, deep nesting. */
const awkwardValue = fc.oneof(
  fc.string(),
  fc.constantFrom("\u0000", "N/A", "五成", "", " ", "1e999", "-0", "00000000-0000-4000-8000-000000000000"),
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 53), 1e308, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
);
const fields = ["version", "name", "heading", "text", "kind", "value", "baseline", "deadline", "quote", "unit", "cmp", "lead", "support", "owners", "path", "parentId", "unitId", "role", "username", "password", "displayName", "unitIds", "aliases", "intoId", "create"];
const awkwardBody = fc.oneof(
  fc.dictionary(fc.constantFrom(...fields), awkwardValue, { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe("client mistakes never cause a 5xx", () => {
  const routes: [method: "POST" | "PATCH" | "PUT", key: string][] = [
    ["PATCH", "item"],
    ["POST", "items"],
    ["PUT", "assignments"],
    ["POST", "targets"],
    ["PATCH", "target"],
    ["POST", "resolve"],
    ["POST", "publish"],
    ["POST", "versions"],
    ["PATCH", "unit"],
    ["PATCH", "user"],
  ];
  it.each(routes)("%s %s answers any JSON body with a 2xx or 4xx", async (method, key) => {
    await fc.assert(
      fc.asyncProperty(awkwardBody, async (body) => {
        const response = await admin.call(method, urls[key], body as object);
        expect(response.statusCode, response.body).toBeLessThan(500);
      }),
      { numRuns: 25 },
    );
  });

  it("answers any path id with a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), async (id) => {
        const response = await admin.call("GET", `/api/plans/${encodeURIComponent(id)}`);
        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses text the database cannot store (a NUL character) with a 400, for a current version too", async () => {
    const unit = await admin.call("POST", "/api/units", { name: "市\u0000局" });
    expect(unit.statusCode).toBe(400);
    // a plan of its own: the random bodies above may have re-imported the shared plan and removed its items
    const { plan } = (await admin.call("POST", "/api/plans/import", { text: SAMPLE_PLAN })).json();
    const [item] = (await admin.call("GET", `/api/plans/${plan.id}`)).json().items;
    const response = await admin.call("PATCH", `/api/plans/${plan.id}/items/${item.id}`, { version: item.version, heading: "标题\u0000" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("request.invalid");
  });
});
