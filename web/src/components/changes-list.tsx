/** What changed in a report since its previous submission, field by field (before → after), in the user's words. */
import { Empty, List, Space, Tag, Typography } from "antd";
import type { Change } from "../api/reporting-types.ts";
import { isMessageKey, type Translate, useI18n } from "../locales/i18n.tsx";

const VALUE_FIELD = /^values\.(?<targetId>.+)$/;

/** A reported value (or its absence) as a short text. */
function show(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object" && "value" in value) {
    const reported = value as { value: number | null; noDataReason?: string | null; explanation?: string | null };
    const main = reported.value === null ? t("report.noDataWith", { reason: reported.noDataReason ?? "" }) : String(reported.value);
    return reported.explanation ? `${main}(${reported.explanation})` : main;
  }
  return JSON.stringify(value);
}

/** The label of a changed field: a report field, or the target a value belongs to. */
function fieldLabel(field: string, t: Translate, targetNames?: Map<string, string>): string {
  const target = VALUE_FIELD.exec(field)?.groups?.targetId;
  if (target) return targetNames?.get(target) ?? t("changes.field.value");
  const key = `changes.field.${field}`;
  return isMessageKey(key) ? t(key) : field;
}

interface ChangesListProps {
  changes: Change[];
  firstSubmission?: boolean;
  /** target id → metric, to name changed values */
  targetNames?: Map<string, string>;
}

/** The list of changes; says so when there are none or when this is the first submission. */
export function ChangesList({ changes, firstSubmission, targetNames }: ChangesListProps) {
  const { t } = useI18n();
  if (changes.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={firstSubmission ? t("changes.first") : t("changes.none")} />;
  }
  return (
    <List
      size="small"
      dataSource={changes}
      data-testid="changes"
      renderItem={(change) => (
        <List.Item>
          <Space orientation="vertical" size={2} style={{ width: "100%" }}>
            <Tag color="blue">{fieldLabel(change.field, t, targetNames)}</Tag>
            <Typography.Text delete type="secondary">
              {show(change.before, t)}
            </Typography.Text>
            <Typography.Text strong>{show(change.after, t)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
