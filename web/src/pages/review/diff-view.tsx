/** What changed between two versions of a plan: items added, removed, and changed (with the fields). */
import { Empty, List, Space, Tag, Typography } from "antd";
import type { ItemRef, PlanDiff } from "../../api/types.ts";
import { useI18n } from "../../locales/i18n.tsx";

function refLabel(ref: ItemRef): string {
  return [ref.path.join(" / "), ref.heading].filter(Boolean).join("  ");
}

/** The three lists of a diff. */
export function DiffView({ diff }: { diff: PlanDiff }) {
  const { t } = useI18n();
  const rows = [
    ...diff.added.map((item) => ({ key: `a:${item.key}`, tag: <Tag color="green">{t("review.diff.added")}</Tag>, item, fields: [] as string[] })),
    ...diff.removed.map((item) => ({ key: `r:${item.key}`, tag: <Tag color="red">{t("review.diff.removed")}</Tag>, item, fields: [] as string[] })),
    ...diff.changed.map((change) => ({
      key: `c:${change.item.key}`,
      tag: <Tag color="blue">{t("review.diff.changed")}</Tag>,
      item: change.item,
      fields: change.fields,
    })),
  ];
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("review.diff.none")} />;
  return (
    <List
      size="small"
      dataSource={rows}
      data-testid="diff-view"
      renderItem={(row) => (
        <List.Item>
          <Space wrap>
            {row.tag}
            <Typography.Text>{refLabel(row.item)}</Typography.Text>
            {row.fields.map((field) => (
              <Tag key={field}>{field}</Tag>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
