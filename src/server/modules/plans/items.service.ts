/** Review edits of items: change one, add one, delete one, and set its lead, support and owner units. */
import type { ItemKind } from "../../../core/extract/types.ts";
import type { ServiceContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { commonErrors, defineError } from "../../errors.ts";
import { audited } from "../audit/audit.ts";
import { loadDirectory } from "../units/units.service.ts";
import { itemView } from "./item-view.ts";
import { assignmentRows, type NamedAssignment } from "./plan-rows.ts";
import { itemHasChildren, itemNotFound } from "./plans.errors.ts";
import { lockEditablePlan } from "./plans.policy.ts";
import {
  findLiveItem,
  insertItems,
  liveAssignments,
  liveChildren,
  liveItems,
  markItemsRemoved,
  maxItemPosition,
  replaceAssignments,
  updateItemRow,
} from "./plans.repository.ts";
import { planChanged } from "./plan-changed.ts";

const itemKeyTaken = defineError("plans.item_key_taken", 409, "该编号的条目已存在", "An item with that numbering already exists");

/** Loads a live item of a locked plan and checks the version the client read (409 with the current item). */
async function loadItemAtVersion(tx: Db, planId: string, itemId: string, version: number) {
  const item = await findLiveItem(tx, planId, itemId);
  if (!item) throw itemNotFound();
  if (item.version !== version) throw commonErrors.stale({ current: await itemView(tx, item) });
  return item;
}

/** Changes of an item in review. */
export interface ItemChanges {
  version: number;
  kind?: ItemKind;
  heading?: string | null;
  text?: string;
}

/** Edits an item's kind, heading or text; a stale version gets 409 with the current item. */
export async function updateItem(ctx: ServiceContext, planId: string, itemId: string, changes: ItemChanges) {
  return audited(ctx, { action: "items.update", entity: "item", entityId: itemId }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    const item = await loadItemAtVersion(tx, planId, itemId, changes.version);
    const before = await itemView(tx, item);
    const now = ctx.clock.now();
    const updated = await updateItemRow(tx, itemId, {
      kind: changes.kind ?? item.kind,
      heading: changes.heading === undefined ? item.heading : changes.heading,
      text: changes.text ?? item.text,
      version: item.version + 1,
      updatedAt: now,
    });
    await planChanged(tx, ctx, planId);
    return { result: await itemView(tx, updated), before };
  });
}

/** A new item typed in review. */
export interface NewItem {
  parentId: string | null;
  path: string[];
  kind: ItemKind;
  heading?: string | null;
  text?: string;
}

/** Adds an item (as the last child of its parent); its key is its path, which must be new in the plan. */
export async function addItem(ctx: ServiceContext, planId: string, input: NewItem) {
  return audited(ctx, { action: "items.create", entity: "item" }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    if (input.parentId && !(await findLiveItem(tx, planId, input.parentId))) throw itemNotFound({ parentId: input.parentId });
    const key = input.path.join("/");
    if ((await liveItems(tx, planId)).some((item) => item.key === key)) throw itemKeyTaken({ key });
    const now = ctx.clock.now();
    const text = input.text ?? input.heading ?? "";
    const [item] = await insertItems(tx, [
      {
        planId,
        key,
        parentId: input.parentId,
        path: input.path,
        position: (await maxItemPosition(tx, planId)) + 1,
        kind: input.kind,
        heading: input.heading ?? null,
        anchor: text.slice(0, 20),
        text,
        span: null,
        headingSpan: null,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await planChanged(tx, ctx, planId);
    return { result: await itemView(tx, item), entityId: item.id };
  });
}

/** Removes an item that has no live sub-items (kept in the database as removed, with its targets). */
export async function deleteItem(ctx: ServiceContext, planId: string, itemId: string) {
  await audited(ctx, { action: "items.delete", entity: "item", entityId: itemId }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    const item = await findLiveItem(tx, planId, itemId);
    if (!item) throw itemNotFound();
    if ((await liveChildren(tx, itemId)).length) throw itemHasChildren();
    const before = await itemView(tx, item);
    const now = ctx.clock.now();
    await markItemsRemoved(tx, [itemId], now);
    await planChanged(tx, ctx, planId);
    return { result: null, before };
  });
}

/** The unit names of an item by role, as the review screen sends them. */
export interface AssignmentNames {
  version: number;
  lead: string[];
  support: string[];
  owners: string[];
}

/** Replaces an item's units; names already resolved in the plan keep their unit, others resolve by name or alias. */
export async function setAssignments(ctx: ServiceContext, planId: string, itemId: string, input: AssignmentNames) {
  return audited(ctx, { action: "items.assign", entity: "item", entityId: itemId }, async (tx) => {
    await lockEditablePlan(tx, ctx.actor, planId);
    const item = await loadItemAtVersion(tx, planId, itemId, input.version);
    const before = await itemView(tx, item);
    const resolvedBefore = new Map<string, string>();
    for (const assignment of await liveAssignments(tx, planId)) {
      if (assignment.unitId) resolvedBefore.set(assignment.name, assignment.unitId);
    }
    const spans = new Map(before.assignments.map((assignment) => [`${assignment.role}:${assignment.name}`, assignment.span]));
    const named: NamedAssignment[] = (["lead", "support", "owners"] as const).flatMap((role) =>
      [...new Set(input[role])].map((name) => ({ role, name, span: spans.get(`${role}:${name}`) ?? null })),
    );
    await replaceAssignments(tx, itemId, assignmentRows({ planId, itemId }, named, await loadDirectory(tx), resolvedBefore));
    const now = ctx.clock.now();
    const updated = await updateItemRow(tx, itemId, { version: item.version + 1, updatedAt: now });
    await planChanged(tx, ctx, planId);
    return { result: await itemView(tx, updated), before };
  });
}
