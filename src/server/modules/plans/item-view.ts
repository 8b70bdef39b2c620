/** Reads one item back as its DTO, inside or outside a transaction (after a write, or for a 409's `current`). */
import type { Db } from "../../db/client.ts";
import { presentItem } from "./plans.presenter.ts";
import { assignmentsOfItems, type ItemRow, liveTargetsOfItems } from "./plans.repository.ts";

/** The item with its assignments and live targets. */
export async function itemView(db: Db, item: ItemRow) {
  const [itemAssignments, itemTargets] = await Promise.all([assignmentsOfItems(db, [item.id]), liveTargetsOfItems(db, [item.id])]);
  return presentItem(item, itemAssignments, itemTargets);
}
