/** A report read-only: the values against their targets, progress, problems, attachments. */
import { Card, Descriptions, Space, Table, Typography } from "antd";
import type { ReportDetail, ReportTarget } from "../../api/reporting-types.ts";
import { COMPARISON_KEYS } from "../../components/labels.ts";
import { useI18n } from "../../locales/i18n.tsx";

/** The submitted content of a report. */
export function ReportView({ detail }: { detail: ReportDetail }) {
  const { t } = useI18n();
  const byTarget = new Map(detail.report.values.map((value) => [value.targetId, value]));
  const previous = new Map((detail.previous?.values ?? []).map((value) => [value.targetId, value.value]));
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {detail.targets.length > 0 && (
        <Card size="small" title={t("report.values")}>
          <Table<ReportTarget>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={detail.targets}
            scroll={{ x: 560 }}
            columns={[
              { title: t("target.metric"), render: (_, target) => target.metric ?? target.quote },
              {
                title: t("target.value"),
                width: 140,
                render: (_, target) =>
                  `${t(COMPARISON_KEYS[target.cmp as keyof typeof COMPARISON_KEYS] ?? "target.cmp.eq")} ${target.value}${target.unit ?? ""}`,
              },
              {
                title: t("report.reported"),
                width: 160,
                render: (_, target) => {
                  const value = byTarget.get(target.id);
                  if (!value) return "—";
                  if (value.value == null) return <Typography.Text type="secondary">{t("report.noDataWith", { reason: value.noDataReason ?? "" })}</Typography.Text>;
                  return (
                    <span data-testid="reported-value">
                      <Typography.Text strong>{`${value.value}${target.unit ?? ""}`}</Typography.Text>
                      {previous.get(target.id) != null && (
                        <Typography.Text type="secondary">{` (${t("report.previousValue", { value: previous.get(target.id) ?? "" })})`}</Typography.Text>
                      )}
                    </span>
                  );
                },
              },
              { title: t("report.explanationShort"), render: (_, target) => byTarget.get(target.id)?.explanation ?? "" },
            ]}
          />
        </Card>
      )}
      <Card size="small">
        <Descriptions column={1} size="small" styles={{ label: { width: 150, whiteSpace: "nowrap" } }}>
          <Descriptions.Item label={t("report.progress")}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{detail.report.progress || "—"}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t("report.completedShort")}>{detail.report.completed ? t("common.yes") : t("common.no")}</Descriptions.Item>
          <Descriptions.Item label={t("report.problems")}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{detail.report.problems || "—"}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t("report.attachments")}>
            {detail.attachments.length === 0
              ? t("common.none")
              : detail.attachments.map((file) => (
                  <div key={file.id}>
                    <a href={`/api/reports/${detail.report.id}/attachments/${file.id}`}>{file.fileName}</a>
                  </div>
                ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </Space>
  );
}
