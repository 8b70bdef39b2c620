/** Reporting rounds (报送轮次): open one for published plans, follow who has reported, see who owes, close it. */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, DatePicker, Drawer, Form, Modal, Popconfirm, Progress, Select, Space, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { planKeys, plansApi } from "../../api/plans.ts";
import { reportingKeys, roundsApi } from "../../api/reporting.ts";
import { ROUND_KINDS, type Round, type RoundDetail, type RoundKind } from "../../api/reporting-types.ts";
import { may } from "../../access.ts";
import { useSession } from "../../session.tsx";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { useOpenBulletin } from "../bulletins/use-open-bulletin.ts";

interface OpenForm {
  planIds: string[];
  kind: RoundKind;
  period: Dayjs;
  deadline: Dayjs;
}

/** The period string the API expects for a kind and a picked date: 2025-09, 2025-Q3 or 2025-09-15. */
export function periodOf(kind: RoundKind, date: Dayjs): string {
  if (kind === "monthly") return date.format("YYYY-MM");
  if (kind === "quarterly") return `${date.year()}-Q${Math.floor(date.month() / 3) + 1}`;
  return date.format("YYYY-MM-DD");
}

/** The rounds page. */
export default function RoundsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const rounds = useQuery({ queryKey: reportingKeys.rounds, queryFn: roundsApi.list });
  const plans = useQuery({ queryKey: planKeys.all, queryFn: plansApi.list });
  const [opening, setOpening] = useState(false);
  const openBulletin = useOpenBulletin();
  const [shownId, setShownId] = useState<string | null>(null);
  const [form] = Form.useForm<OpenForm>();
  const kind = Form.useWatch("kind", form) ?? "monthly";
  const shown = useQuery({
    queryKey: reportingKeys.round(shownId ?? ""),
    queryFn: () => roundsApi.get(shownId ?? ""),
    enabled: shownId !== null,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: reportingKeys.rounds });
  const open = useMutation({
    mutationFn: (values: OpenForm) =>
      roundsApi.open({
        planIds: values.planIds,
        kind: values.kind,
        period: periodOf(values.kind, values.period),
        deadline: values.deadline.format("YYYY-MM-DD"),
      }),
    onSuccess: () => {
      void message.success(t("rounds.opened"));
      setOpening(false);
      void refresh();
    },
    onError: showError,
  });
  const close = useMutation({
    mutationFn: (id: string) => roundsApi.close(id),
    onSuccess: () => void refresh(),
    onError: showError,
  });
  const { user } = useSession();
  const mayUrge = may(user, "rounds.urge");
  const urge = useMutation({
    mutationFn: ({ roundId, unitIds }: { roundId: string; unitIds?: string[] }) => roundsApi.urge(roundId, unitIds),
    onSuccess: ({ urged }, { roundId }) => {
      void message.success(t("rounds.urged", { count: urged.length }));
      void queryClient.invalidateQueries({ queryKey: reportingKeys.round(roundId) });
    },
    onError: showError,
  });
  const published = (plans.data ?? []).filter((plan) => plan.status === "published");
  const planTitle = new Map((plans.data ?? []).map((plan) => [plan.id, plan.title]));
  const pickerFor: Record<RoundKind, "month" | "quarter" | "date"> = { monthly: "month", quarterly: "quarter", adhoc: "date" };

  return (
    <Card
      title={t("menu.rounds")}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="open-round"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ kind: "monthly", period: dayjs().subtract(1, "month"), deadline: dayjs().add(5, "day") });
            setOpening(true);
          }}
        >
          {t("rounds.open")}
        </Button>
      }
    >
      <QueryView query={rounds} isEmpty={(rows) => rows.length === 0} emptyText={t("rounds.empty")}>
        {(rows) => (
          <Table<Round>
            rowKey="id"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 1020 }}
            columns={[
              { title: t("rounds.field.period"), dataIndex: "period", width: 100 },
              { title: t("rounds.field.kind"), dataIndex: "kind", width: 90, render: (value: RoundKind) => t(`rounds.kind.${value}`) },
              {
                title: t("rounds.field.plans"),
                dataIndex: "planIds",
                width: 260,
                render: (ids: string[]) => ids.map((id) => planTitle.get(id) ?? id).join("、"),
                ellipsis: true,
              },
              { title: t("rounds.field.deadline"), dataIndex: "deadline", width: 120 },
              {
                title: t("rounds.field.progress"),
                width: 170,
                render: (_, round) => (
                  <Progress
                    size="small"
                    percent={round.reportCount ? Math.round((round.submittedCount / round.reportCount) * 100) : 0}
                    format={() => `${round.submittedCount}/${round.reportCount}`}
                  />
                ),
              },
              {
                title: t("rounds.field.status"),
                dataIndex: "status",
                width: 90,
                render: (value: Round["status"]) => <Tag color={value === "open" ? "green" : "default"}>{t(`rounds.status.${value}`)}</Tag>,
              },
              {
                title: t("common.actions"),
                width: 230,
                fixed: "right",
                render: (_, round) => (
                  <Space size={0}>
                    <Button type="link" size="small" data-testid="round-owing" onClick={() => setShownId(round.id)}>
                      {t("rounds.owing")}
                    </Button>
                    <Button
                      type="link"
                      size="small"
                      loading={openBulletin.isPending && openBulletin.variables === round.id}
                      onClick={() => openBulletin.mutate(round.id)}
                      data-testid="round-bulletin"
                    >
                      {t("bulletins.fromRound")}
                    </Button>
                    {round.status === "open" && (
                      <Popconfirm title={t("rounds.closeConfirm")} onConfirm={() => close.mutate(round.id)}>
                        <Button type="link" size="small" danger>
                          {t("rounds.close")}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <Modal
        open={opening}
        title={t("rounds.open")}
        okText={t("rounds.openOk")}
        onCancel={() => setOpening(false)}
        onOk={() => form.validateFields().then((values) => open.mutate(values))}
        confirmLoading={open.isPending}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="planIds" label={t("rounds.field.plans")} rules={[{ required: true, message: t("rounds.plansRequired") }]}>
            <Select
              mode="multiple"
              data-testid="round-plans"
              options={published.map((plan) => ({ value: plan.id, label: plan.title }))}
              notFoundContent={t("rounds.noPublished")}
            />
          </Form.Item>
          <Form.Item name="kind" label={t("rounds.field.kind")}>
            <Select options={ROUND_KINDS.map((value) => ({ value, label: t(`rounds.kind.${value}`) }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="period" label={t("rounds.field.period")} rules={[{ required: true }]}>
              <DatePicker picker={pickerFor[kind]} allowClear={false} />
            </Form.Item>
            <Form.Item name="deadline" label={t("rounds.field.deadline")} rules={[{ required: true }]}>
              <DatePicker allowClear={false} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <Drawer open={shownId !== null} onClose={() => setShownId(null)} title={t("rounds.owingTitle")} size={560}>
        <QueryView query={shown}>
          {(round) => (
            <Space direction="vertical" style={{ width: "100%" }}>
            {mayUrge && round.status === "open" && round.owing.length > 0 && (
              <Button data-testid="urge-all" loading={urge.isPending} onClick={() => urge.mutate({ roundId: round.id })}>
                {t("rounds.urgeAll", { count: round.owing.length })}
              </Button>
            )}
            <Table
              rowKey="unitId"
              size="small"
              pagination={false}
              dataSource={round.owing}
              locale={{ emptyText: t("rounds.noneOwing") }}
              columns={[
                { title: t("rounds.field.unit"), dataIndex: "unitName" },
                { title: t("rounds.field.items"), dataIndex: "itemCount", width: 70, align: "right" },
                {
                  title: t("rounds.field.overdue"),
                  dataIndex: "overdueDays",
                  width: 110,
                  render: (days: number) => (days > 0 ? <Tag color="red">{t("rounds.overdueDays", { days })}</Tag> : <Tag>{t("rounds.notDue")}</Tag>),
                },
                {
                  title: t("rounds.field.reminded"),
                  key: "reminded",
                  render: (_: unknown, owing: RoundDetail["owing"][number]) => (
                    <Space direction="vertical" size={2}>
                      <span data-testid={`reminded-${owing.unitId}`}>
                        {owing.remindedCount === 0
                          ? t("rounds.neverReminded")
                          : t("rounds.reminded", { count: owing.remindedCount, at: dayjs(owing.lastRemindedAt).format("MM-DD HH:mm") })}
                      </span>
                      {mayUrge && round.status === "open" && (
                        <Button size="small" data-testid={`urge-${owing.unitId}`} onClick={() => urge.mutate({ roundId: round.id, unitIds: [owing.unitId] })}>
                          {t("rounds.urge")}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
            </Space>
          )}
        </QueryView>
      </Drawer>
    </Card>
  );
}
