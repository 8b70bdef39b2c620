/** What changed in a report since its previous submission, field by field (before → after). */
import { Empty, List, Space, Tag, Typography } from "antd";
import type { Change } from "../api/reporting-types.ts";
import { useI18n } from "../locales/i18n.tsx";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The list of changes; says so when there are none or when this is the first submission. */
export function ChangesList({ changes, firstSubmission }: { changes: Change[]; firstSubmission?: boolean }) {
  const { t } = useI18n();
  if (changes.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={firstSubmission ? t("changes.first") : t("changes.none")} />;
  }
  return (
    <List
      size="small"
      dataSource={changes}
      renderItem={(change) => (
        <List.Item>
          <Space wrap align="start">
            <Tag color="blue">{change.field}</Tag>
            <Typography.Text delete type="secondary">
              {show(change.before)}
            </Typography.Text>
            <span>→</span>
            <Typography.Text strong>{show(change.after)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
