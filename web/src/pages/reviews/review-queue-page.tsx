/** The supervisors' queue: submitted reports waiting for a decision, each with what changed since its previous submission. */
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, Table, Tag } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { ReviewQueueEntry } from "../../api/reporting-types.ts";
import { ChangesList } from "../../components/changes-list.tsx";
import { QueryView } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** The review queue page. */
export default function ReviewQueuePage() {
  const { t } = useI18n();
  const queue = useQuery({ queryKey: reportingKeys.reviews, queryFn: reportsApi.queue });
  return (
    <Card title={t("reviews.title")}>
      <QueryView query={queue} isEmpty={(rows) => rows.length === 0} emptyText={t("reviews.empty")}>
        {(rows) => (
          <Table<ReviewQueueEntry>
            rowKey="reportId"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 820 }}
            expandable={{
              expandedRowRender: (row) => <ChangesList changes={row.changes} firstSubmission={row.submissions < 2} />,
            }}
            columns={[
              { title: t("reviews.field.round"), dataIndex: "period", width: 100 },
              { title: t("reviews.field.unit"), dataIndex: "unitName", width: 140 },
              { title: t("reviews.field.task"), dataIndex: "heading", width: 240, render: (heading: string | null) => heading ?? "—" },
              {
                title: t("reviews.field.submittedAt"),
                dataIndex: "submittedAt",
                width: 140,
                render: (value: string | null) => (value ? dayjs(value).format("MM-DD HH:mm") : "—"),
              },
              {
                title: t("reviews.field.changes"),
                width: 120,
                render: (_, row) =>
                  row.submissions < 2 ? <Tag>{t("reviews.first")}</Tag> : <Badge count={row.changes.length} showZero color={row.changes.length ? "blue" : "#bfbfbf"} />,
              },
              {
                title: t("common.actions"),
                width: 90,
                fixed: "right",
                render: (_, row) => (
                  <Link to={`/reports/${row.reportId}`}>
                    <Button size="small" type="primary" data-testid="queue-open">
                      {t("reviews.open")}
                    </Button>
                  </Link>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
