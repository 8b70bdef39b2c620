import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, signIn, type TestApp } from "../../../../test/helpers/app.ts";
import { makeUnit, makeUser } from "../../../../test/helpers/factories.ts";

const SECTIONS = 50;
const TASKS_PER_SECTION = 100;
const ITEMS = SECTIONS * TASKS_PER_SECTION;

const DIGITS = "一二三四五六七八九";
/** 1–99 in Chinese numerals, as section markers are written (十, 十一, 二十, 五十). */
const chinese = (n: number) => `${n >= 20 ? DIGITS[Math.floor(n / 10) - 1] : ""}${n >= 10 ? "十" : ""}${n % 10 ? DIGITS[(n % 10) - 1] : ""}`;

/** A provincial task table's size: 50 sections of 100 numbered tasks, each with a unit and a number. */
function largePlan(): string {
  const sections = Array.from({ length: SECTIONS }, (_, s) => [
    `${chinese(s + 1)}、第${s + 1}方面重点任务`,
    ...Array.from({ length: TASKS_PER_SECTION }, (_, i) => `${i + 1}、推进第${s + 1}方面第${i + 1}项工作,新增项目不少于${(i % 9) + 1}个。(市经信局负责)`),
  ]);
  return ["某省重点任务分解方案(2025—2026年)", "", ...sections.flat(), ""].join("\n");
}

let t: TestApp;
let supervisor: Session;
beforeAll(async () => {
  t = await createTestApp();
  await makeUnit(t.database.db, { name: "市经信局" });
  await makeUser(t.database.db, { role: "supervisor" });
  supervisor = await signIn(t.app, "supervisor");
});
afterAll(() => t.close());

describe("a plan of 5,000 items", () => {
  it("imports in one request, publishes, and shows every task's status", async () => {
    const imported = await supervisor.call("POST", "/api/plans/import", { text: largePlan(), fileName: "分解表.txt" });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(201);
    const plan = imported.json().plan;
    expect(plan.counts.items).toBeGreaterThanOrEqual(ITEMS);
    expect(plan.counts.targets).toBe(ITEMS);

    const published = await supervisor.call("POST", `/api/plans/${plan.id}/publish`, {});
    expect(published.statusCode, published.body.slice(0, 300)).toBe(200);
    const status = (await supervisor.call("GET", `/api/status?planId=${plan.id}`)).json();
    expect(status.items.filter((i: { targets: unknown[] }) => i.targets.length === 1)).toHaveLength(ITEMS);
    const dashboard = (await supervisor.call("GET", `/api/dashboard?planId=${plan.id}`)).json();
    expect(dashboard.total).toBe(status.items.length);
  }, 120_000);
});
