/** Every plan the user may see, with its status and counts; supervisors reach import and review from here. */
import { CloudUploadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Space, Table, Tag } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { accessFor } from "../../access.ts";
import { planKeys, plansApi } from "../../api/plans.ts";
import type { PlanSummary } from "../../api/types.ts";
import { QueryView } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";

/** The plan list. */
export default function PlanListPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const canManage = accessFor(user).canManagePlans;
  const plans = useQuery({ queryKey: planKeys.all, queryFn: plansApi.list });

  return (
    <Card
      title={t("plans.list.title")}
      extra={
        canManage && (
          <Link to="/import">
            <Button type="primary" icon={<CloudUploadOutlined />}>
              {t("menu.import")}
            </Button>
          </Link>
        )
      }
    >
      <QueryView query={plans} isEmpty={(rows) => rows.length === 0} emptyText={t("plans.list.empty")}>
        {(rows) => (
          <Table<PlanSummary>
            rowKey="id"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 920 }}
            columns={[
              {
                title: t("plans.field.title"),
                dataIndex: "title",
                width: 300,
                render: (title: string, plan) => <Link to={`/plans/${plan.id}`}>{title}</Link>,
              },
              {
                title: t("plans.field.status"),
                dataIndex: "status",
                width: 100,
                render: (status: PlanSummary["status"]) => (
                  <Tag color={status === "published" ? "green" : "gold"}>{t(`plans.status.${status}`)}</Tag>
                ),
              },
              { title: t("plans.field.items"), width: 90, align: "right", render: (_, plan) => plan.counts.items },
              { title: t("plans.field.targets"), width: 90, align: "right", render: (_, plan) => plan.counts.targets },
              { title: t("plans.field.units"), width: 90, align: "right", render: (_, plan) => plan.counts.units },
              {
                title: t("plans.field.updatedAt"),
                dataIndex: "updatedAt",
                width: 150,
                render: (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm"),
              },
              {
                title: t("common.actions"),
                width: 110,
                fixed: "right",
                render: (_, plan) => (
                  <Space>
                    <Link to={`/plans/${plan.id}`}>{t("common.view")}</Link>
                    {canManage && <Link to={`/plans/${plan.id}/review`}>{t("plans.action.review")}</Link>}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
