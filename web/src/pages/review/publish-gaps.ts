/** What a plan still lacks before it goes out to units: tasks nobody answers for, targets with no deadline. */
import type { PlanDetail } from "../../api/types.ts";

type Item = PlanDetail["items"][number];

/** The gaps the publish confirmation lists, each as the items' paths (e.g. "二/3"). */
export interface PublishGaps {
  /** leaf tasks with no lead or owner unit (a support unit alone answers for nothing; a heading over
   * sub-tasks is answered for by them) */
  tasksWithoutUnit: string[];
  /** targets with no deadline, by the path of their item */
  targetsWithoutDeadline: string[];
}

const pathOf = (item: Item) => item.path.join("/");

/** The plan's gaps, in document order. */
export function publishGaps(items: readonly Item[]): PublishGaps {
  const parents = new Set(items.map((item) => item.parentId));
  return {
    tasksWithoutUnit: items
      .filter((item) => item.kind === "task" && !parents.has(item.id) && !item.assignments.some((a) => a.role !== "support"))
      .map(pathOf),
    targetsWithoutDeadline: items.flatMap((item) => item.targets.filter((target) => !target.deadline).map(() => pathOf(item))),
  };
}

/** True when there is nothing to warn about. */
export function hasNoGaps(gaps: PublishGaps): boolean {
  return gaps.tasksWithoutUnit.length === 0 && gaps.targetsWithoutDeadline.length === 0;
}
