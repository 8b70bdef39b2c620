/**
 * Writes the items of an extracted Plan into a plan: new items are inserted, items whose stable key already
 * exists are updated in place (keeping their ids, so reports on them carry over), and items the document no
 * longer has are marked removed. The first import is the case where nothing exists yet.
 */
import { randomUUID } from "node:crypto";
import type { DirectoryUnit } from "../../../core/domain/units/match.ts";
import type { Item, Plan } from "../../../core/extract/types.ts";
import type { Db } from "../../db/client.ts";
import type { items as itemsTable } from "../../db/schema/plans.ts";
import { assignmentRows, itemText, namedAssignments, targetColumns } from "./plan-rows.ts";
import {
  insertAssignments,
  insertItems,
  insertTargets,
  type ItemRow,
  liveTargetsOfItems,
  markItemsRemoved,
  replaceAssignments,
  updateItemRow,
  updateTargetRow,
} from "./plans.repository.ts";

/** Everything the writer needs to know about the plan and the moment. */
export interface ItemWriteInput {
  planId: string;
  extracted: Plan;
  text: string;
  directory: readonly DirectoryUnit[];
  now: Date;
  deadline: string | null;
  /** the plan's items so far (removed ones too), empty on the first import */
  existing: ItemRow[];
  /** unit names already resolved in this plan, name → unit id */
  resolvedBefore: ReadonlyMap<string, string>;
}

/** Stable keys for the extracted items: the extractor's id, suffixed if a document repeats one. */
export function stableKeys(extracted: readonly Item[]): string[] {
  const seen = new Map<string, number>();
  return extracted.map((item) => {
    const count = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, count);
    return count === 1 ? item.id : `${item.id}#${count}`;
  });
}

function itemColumns(item: Item, text: string, position: number) {
  return {
    path: item.path,
    position,
    kind: item.kind,
    heading: item.heading,
    anchor: item.anchor,
    text: itemText(item, text),
    span: item.span,
    headingSpan: item.headingSpan,
    when: item.when,
    times: item.times,
    cells: item.cells,
  };
}

function changed(row: ItemRow, columns: ReturnType<typeof itemColumns>): boolean {
  return (
    row.removedAt !== null ||
    row.kind !== columns.kind ||
    row.heading !== columns.heading ||
    row.text !== columns.text ||
    JSON.stringify(row.path) !== JSON.stringify(columns.path)
  );
}

/** Writes the extracted items; returns how many were inserted, updated and removed. */
export async function writeItems(tx: Db, input: ItemWriteInput) {
  const keys = stableKeys(input.extracted.items);
  const existingByKey = new Map(input.existing.map((row) => [row.key, row]));
  const ids = keys.map((key) => existingByKey.get(key)?.id ?? randomUUID());
  const idByPath = new Map(input.extracted.items.map((item, index) => [JSON.stringify(item.path), ids[index]]));
  const parentOf = (item: Item): string | null => {
    for (let length = item.path.length - 1; length > 0; length -= 1) {
      const parent = idByPath.get(JSON.stringify(item.path.slice(0, length)));
      if (parent) return parent;
    }
    return null;
  };

  const inserts: (typeof itemsTable.$inferInsert)[] = [];
  const updated: { row: ItemRow; item: Item; columns: ReturnType<typeof itemColumns> & { parentId: string | null } }[] = [];
  for (const [index, item] of input.extracted.items.entries()) {
    const columns = { ...itemColumns(item, input.text, index), parentId: parentOf(item) };
    const row = existingByKey.get(keys[index]);
    if (row) updated.push({ row, item, columns });
    else inserts.push({ ...columns, id: ids[index], planId: input.planId, key: keys[index], createdAt: input.now, updatedAt: input.now });
  }
  await insertItems(tx, inserts);
  for (const { row, columns } of updated) {
    const bump = changed(row, columns) ? 1 : 0;
    await updateItemRow(tx, row.id, { ...columns, removedAt: null, version: row.version + bump, updatedAt: input.now });
  }

  const keep = new Set(keys);
  const removed = input.existing.filter((row) => row.removedAt === null && !keep.has(row.key)).map((row) => row.id);
  await markItemsRemoved(tx, removed, input.now);

  const newItems = input.extracted.items.filter((_, index) => !existingByKey.has(keys[index]));
  const newIds = ids.filter((_, index) => !existingByKey.has(keys[index]));
  await insertAssignments(
    tx,
    newItems.flatMap((item, index) =>
      assignmentRows({ planId: input.planId, itemId: newIds[index] }, namedAssignments(item), input.directory, input.resolvedBefore),
    ),
  );
  await insertTargets(
    tx,
    newItems.flatMap((item, index) =>
      item.targets.map((target, position) => ({
        ...targetColumns(target, input.deadline),
        planId: input.planId,
        itemId: newIds[index],
        position,
        createdAt: input.now,
        updatedAt: input.now,
      })),
    ),
  );
  for (const { row, item } of updated) {
    await replaceAssignments(
      tx,
      row.id,
      assignmentRows({ planId: input.planId, itemId: row.id }, namedAssignments(item), input.directory, input.resolvedBefore),
    );
    await rewriteTargets(tx, input, row.id, item);
  }
  return { inserted: inserts.length, updated: updated.length, removed: removed.length };
}

/** Matches an item's targets by position: updates those that exist, adds new ones, removes the surplus. */
async function rewriteTargets(tx: Db, input: ItemWriteInput, itemId: string, item: Item) {
  const current = await liveTargetsOfItems(tx, [itemId]);
  for (const [position, target] of item.targets.entries()) {
    const columns = { ...targetColumns(target, input.deadline), position, updatedAt: input.now };
    const row = current[position];
    if (row) {
      const same = row.quote === columns.quote && row.value === columns.value && row.unit === columns.unit && row.cmp === columns.cmp;
      await updateTargetRow(tx, row.id, { ...columns, baseline: row.baseline, deadline: row.deadline ?? columns.deadline, version: row.version + (same ? 0 : 1) });
    } else {
      await insertTargets(tx, [{ ...columns, planId: input.planId, itemId, createdAt: input.now }]);
    }
  }
  for (const row of current.slice(item.targets.length)) {
    await updateTargetRow(tx, row.id, { removedAt: input.now, updatedAt: input.now, version: row.version + 1 });
  }
}
