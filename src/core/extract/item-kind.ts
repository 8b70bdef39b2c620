/** Kind of an item: "goal" inside a 发展目标 / 工作目标 / 主要目标 section (or being one), else "task". */
import type { ItemKind } from "./types.ts";

/** Headings that open a goal section. */
export const GOAL_HEADING = /(发展|工作|主要|总体|具体|预期|年度|奋斗|主要预期|总)?目标(和任务)?$/;

/** The kind of an item given its own and its ancestors' headings (nearest first). */
export function itemKind(headings: (string | null)[]): ItemKind {
  return headings.some((h) => h !== null && GOAL_HEADING.test(h.replace(/[:。\s]+$/, ""))) ? "goal" : "task";
}
