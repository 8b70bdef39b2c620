/** Kind of an item: "goal" inside a 发展目标 / 工作目标 / 主要目标 section (or being one), else "task". */
import type { ItemKind } from "./types.ts";

/** Headings that open a goal section. */
export const GOAL_HEADING = /(目标(和任务|任务)?|主要指标|发展指标|预期指标)$/;

/** The kind of an item given its own and its ancestors' headings (nearest first). */
export function itemKind(headings: (string | null)[]): ItemKind {
  return headings.some((h) => h !== null && GOAL_HEADING.test(h.replace(/[:。\s]+$/, ""))) ? "goal" : "task";
}

/** Headings of a section that describes the state reached so far, whose figures commit to nothing. */
export const BACKGROUND_HEADING = /^(发展基础|发展现状|现状(分析)?|基本情况|工作基础|发展回顾|.{0,16}回顾|取得的?成效|工作成效|主要成效|发展形势|面临的?形势|形势分析|发展趋势|存在的?(主要)?问题.*)$/;

/** True inside a background section (发展基础, “十四五”回顾, 发展趋势): its numbers are no targets. */
export function isBackground(headings: (string | null)[]): boolean {
  return headings.some((h) => h !== null && BACKGROUND_HEADING.test(h.replace(/[:。\s]+$/, "")));
}
