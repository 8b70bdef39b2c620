/** Kind of an item: "goal" inside a 发展目标 / 工作目标 / 主要目标 section (or being one), else "task". */
import type { ItemKind } from "./types.ts";

/** Headings that open a goal section. */
export const GOAL_HEADING = /(目标(和任务|任务)?|主要指标|发展指标|预期指标)$/;

/** The kind of an item given its own and its ancestors' headings (nearest first). */
export function itemKind(headings: (string | null)[]): ItemKind {
  return headings.some((h) => h !== null && GOAL_HEADING.test(h.replace(/[:。\s]+$/, ""))) ? "goal" : "task";
}
