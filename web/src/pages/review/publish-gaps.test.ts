import { describe, expect, it } from "vitest";
import type { PlanDetail } from "../../api/types.ts";
import { hasNoGaps, publishGaps } from "./publish-gaps.ts";

type Item = PlanDetail["items"][number];
const item = (path: string[], kind: Item["kind"], roles: Item["assignments"][number]["role"][], deadlines: (string | null)[]): Item =>
  ({
    id: path.join("/"),
    parentId: path.length > 1 ? path.slice(0, -1).join("/") : null,
    path,
    kind,
    assignments: roles.map((role) => ({ role, name: "市经信局" })),
    targets: deadlines.map((deadline) => ({ deadline })),
  }) as unknown as Item;

describe("publishGaps", () => {
  it("lists leaf tasks without a lead or owner and targets without a deadline; goals and headings need no unit", () => {
    const gaps = publishGaps([
      item(["一"], "goal", [], []),
      item(["二"], "task", [], []),
      item(["二", "1"], "task", ["lead"], ["2026-12-31"]),
      item(["二", "2"], "task", ["support"], [null, "2026-06-30"]),
      item(["二", "3"], "task", [], [null, null]),
      item(["二", "4"], "task", ["owners"], []),
    ]);
    expect(gaps).toEqual({ tasksWithoutUnit: ["二/2", "二/3"], targetsWithoutDeadline: ["二/2", "二/3", "二/3"] });
    expect(hasNoGaps(gaps)).toBe(false);
  });

  it("finds nothing in a plan where every task has a unit and every target a deadline", () => {
    expect(hasNoGaps(publishGaps([item(["一"], "task", ["lead", "support"], ["2026-12-31"])]))).toBe(true);
  });
});
