/** What changed between two revisions of a plan, item by item, matched by stable key. Pure. */
import type { ItemSnapshot } from "../../db/schema/plans.ts";

/** An item named in a diff. */
export interface ItemRef {
  key: string;
  path: string[];
  heading: string | null;
}

/** Items added, removed, and changed (with the names of the fields that changed). */
export interface PlanDiff {
  added: ItemRef[];
  removed: ItemRef[];
  changed: { item: ItemRef; fields: string[] }[];
}

const COMPARED_FIELDS = ["path", "kind", "heading", "text", "units", "targets"] as const;

function ref(item: ItemSnapshot): ItemRef {
  return { key: item.key, path: item.path, heading: item.heading };
}

/** The diff from `before` to `after`. */
export function diffRevisions(before: readonly ItemSnapshot[], after: readonly ItemSnapshot[]): PlanDiff {
  const old = new Map(before.map((item) => [item.key, item]));
  const next = new Map(after.map((item) => [item.key, item]));
  const changed: PlanDiff["changed"] = [];
  for (const item of after) {
    const previous = old.get(item.key);
    if (!previous) continue;
    const fields = COMPARED_FIELDS.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(item[field]));
    if (fields.length) changed.push({ item: ref(item), fields });
  }
  return {
    added: after.filter((item) => !old.has(item.key)).map(ref),
    removed: before.filter((item) => !next.has(item.key)).map(ref),
    changed,
  };
}
