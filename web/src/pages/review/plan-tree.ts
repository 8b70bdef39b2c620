/** Builds the outline tree (parent → children) from the flat item list the API returns. */
import type { ItemDto } from "../../api/types.ts";

/** An item with its children, in document order. */
export interface ItemNode {
  item: ItemDto;
  children: ItemNode[];
}

/** The forest of items; an item whose parent is missing becomes a root. */
export function buildItemTree(items: ItemDto[]): ItemNode[] {
  const nodes = new Map(items.map((item) => [item.id, { item, children: [] as ItemNode[] }]));
  const roots: ItemNode[] = [];
  for (const item of items) {
    const node = nodes.get(item.id)!;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The item's outline marker and a short label, e.g. "(一) 加快工业转型". */
export function itemLabel(item: ItemDto): string {
  const marker = item.path.at(-1) ?? "";
  const body = item.heading ?? item.anchor ?? "";
  const short = body.length > 40 ? `${body.slice(0, 40)}…` : body;
  return marker && !short.startsWith(marker) ? `${marker} ${short}` : short;
}
