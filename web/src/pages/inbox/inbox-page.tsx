/** A responsible unit's inbox: every task it answers for across all plans, what is due in which round, overdue first. */
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Card, Space, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { InboxEntry } from "../../api/reporting-types.ts";
import { QueryView } from "../../components/feedback.tsx";
import { ROLE_KEYS } from "../../components/labels.ts";
import { ReportStatusTag } from "../../components/status.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { RoundWorkbooks } from "../workbooks/round-workbooks.tsx";

const OPEN_STATUSES = new Set(["not_started", "draft", "returned"]);

/** The inbox page. */
export default function InboxPage() {
  const { t } = useI18n();
  const inbox = useQuery({ queryKey: reportingKeys.inbox, queryFn: reportsApi.inbox });
  return (
    <Card title={t("inbox.title")}>
      <QueryView query={inbox} isEmpty={(rows) => rows.length === 0} emptyText={t("inbox.empty")}>
        {(rows) => {
          const todo = rows.filter((row) => OPEN_STATUSES.has(row.reportStatus)).length;
          const overdue = rows.filter((row) => row.overdue && OPEN_STATUSES.has(row.reportStatus)).length;
          return (
            <Space orientation="vertical" style={{ width: "100%" }}>
              <Space wrap>
                <Badge status="processing" text={t("inbox.todo", { count: todo })} />
                {overdue > 0 && <Badge status="error" text={t("inbox.overdue", { count: overdue })} />}
              </Space>
              <Table<InboxEntry>
                rowKey="reportId"
                dataSource={rows}
                pagination={rows.length > 20 ? { pageSize: 20 } : false}
                scroll={{ x: 680 }}
                rowClassName={(row) => (row.overdue && OPEN_STATUSES.has(row.reportStatus) ? "row-overdue" : "")}
                columns={[
                  {
                    title: t("inbox.field.round"),
                    width: 150,
                    render: (_, row) => (
                      <Space orientation="vertical" size={0}>
                        <span>{row.period}</span>
                        <Typography.Text type={row.overdue ? "danger" : "secondary"} style={{ fontSize: 12 }}>
                          {t("inbox.deadline", { date: row.deadline })}
                          {row.overdue && OPEN_STATUSES.has(row.reportStatus) && ` · ${t("status.overdue")}`}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: t("inbox.field.task"),
                    width: 240,
                    render: (_, row) => (
                      <Space orientation="vertical" size={0}>
                        <span>{[row.path.join(" / "), row.heading].filter(Boolean).join("  ")}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {row.planTitle}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: t("inbox.field.role"),
                    dataIndex: "role",
                    width: 100,
                    render: (role: string) => <Tag>{role in ROLE_KEYS ? t(ROLE_KEYS[role as keyof typeof ROLE_KEYS]) : role}</Tag>,
                  },
                  {
                    title: t("inbox.field.status"),
                    dataIndex: "reportStatus",
                    width: 100,
                    render: (status: InboxEntry["reportStatus"]) => <ReportStatusTag status={status} />,
                  },
                  {
                    title: t("common.actions"),
                    width: 90,
                    fixed: "right",
                    render: (_, row) => (
                      <Link to={`/reports/${row.reportId}`}>
                        <Button size="small" type={OPEN_STATUSES.has(row.reportStatus) ? "primary" : "default"} data-testid="inbox-open">
                          {OPEN_STATUSES.has(row.reportStatus) ? t("inbox.fill") : t("common.view")}
                        </Button>
                      </Link>
                    ),
                  },
                ]}
              />
              <RoundWorkbooks entries={rows} />
            </Space>
          );
        }}
      </QueryView>
    </Card>
  );
}
