/** The unit directory as a tree (for TreeSelect and the admin tree), children sorted by name. */
import type { Unit } from "../api/types.ts";

/** A tree node usable by antd Tree and TreeSelect. */
export interface UnitTreeNode {
  key: string;
  value: string;
  title: string;
  unit: Unit;
  children: UnitTreeNode[];
}

/** Builds the forest; a unit whose parent is unknown becomes a root. */
export function unitTreeData(units: Unit[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>(
    units.map((unit) => [unit.id, { key: unit.id, value: unit.id, title: unit.name, unit, children: [] }]),
  );
  const roots: UnitTreeNode[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitTreeNode[]) => {
    list.sort((a, b) => a.title.localeCompare(b.title, "zh-CN"));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}
