/** The plan's outline as a tree; selecting a node selects the item on the source side too. */
import { AimOutlined, WarningOutlined } from "@ant-design/icons";
import { type GetRef, Tag, Tooltip, Tree, type TreeDataNode } from "antd";
import { memo, useEffect, useMemo, useRef } from "react";
import type { ItemDto } from "../../api/types.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { buildItemTree, type ItemNode, itemLabel } from "./plan-tree.ts";

interface PlanTreePaneProps {
  items: ItemDto[];
  selectedId: string | null;
  onSelect: (itemId: string) => void;
  height: number;
}

/** The outline tree with target counts and a warning on items whose units are not yet resolved. */
export const PlanTreePane = memo(function PlanTreePane({ items, selectedId, onSelect, height }: PlanTreePaneProps) {
  const { t } = useI18n();
  const tree = useRef<GetRef<typeof Tree>>(null);
  const data = useMemo(() => {
    const toNode = ({ item, children }: ItemNode): TreeDataNode => {
      const unresolved = item.assignments.some((assignment) => !assignment.unitId);
      return {
        key: item.id,
        title: (
          <span className="tree-title">
            <span className="tree-title-text">{itemLabel(item)}</span>
            {item.targets.length > 0 && (
              <Tag color="green" icon={<AimOutlined />} style={{ marginInlineEnd: 0 }}>
                {item.targets.length}
              </Tag>
            )}
            {unresolved && (
              <Tooltip title={t("review.tree.unresolved")}>
                <WarningOutlined style={{ color: "#fa8c16" }} />
              </Tooltip>
            )}
          </span>
        ),
        children: children.map(toNode),
      };
    };
    return buildItemTree(items).map(toNode);
  }, [items, t]);
  const allKeys = useMemo(() => items.map((item) => item.id), [items]);

  useEffect(() => {
    if (selectedId) tree.current?.scrollTo({ key: selectedId, align: "auto" });
  }, [selectedId]);

  return (
    <Tree
      ref={tree}
      treeData={data}
      height={height}
      blockNode
      defaultExpandedKeys={allKeys}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => keys[0] && onSelect(String(keys[0]))}
      data-testid="plan-tree"
    />
  );
});
