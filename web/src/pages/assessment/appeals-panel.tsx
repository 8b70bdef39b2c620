/** The appeals on a plan's assessment: what each unit contested and with what evidence; a supervisor upholds or rejects. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, InputNumber, Modal, Radio, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { type Appeal, assessmentKeys, assessmentsApi, type UnitScore } from "../../api/assessments.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

const STATUS_COLORS: Record<Appeal["status"], string> = { pending: "gold", upheld: "green", rejected: "default" };

interface Props {
  planId: string;
  scores: UnitScore[];
  unitNames: Map<string, string>;
  canDecide: boolean;
}

/** The appeals tab. */
export function AppealsPanel({ planId, scores, unitNames, canDecide }: Props) {
  const { t } = useI18n();
  const appeals = useQuery({ queryKey: assessmentKeys.appeals(planId), queryFn: () => assessmentsApi.appeals(planId) });
  const [deciding, setDeciding] = useState<Appeal | null>(null);
  const lineLabel = new Map(scores.flatMap((score) => score.lines.map((line) => [`${score.unitId}|${line.id}`, line.label])));
  return (
    <QueryView query={appeals} isEmpty={(rows) => rows.length === 0} emptyText={t("assessment.appeal.empty")}>
      {(rows) => (
        <>
          <Table<Appeal>
            rowKey="id"
            size="small"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            data-testid="appeals"
            columns={[
              { title: t("rounds.field.unit"), width: 140, render: (_, row) => unitNames.get(row.unitId) ?? "—" },
              { title: t("assessment.line.label"), render: (_, row) => lineLabel.get(`${row.unitId}|${row.lineId}`) ?? row.lineId },
              { title: t("assessment.appeal.reason"), dataIndex: "reason" },
              { title: t("assessment.appeal.evidence"), dataIndex: "evidence", render: (text: string) => <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ margin: 0 }}>{text}</Typography.Paragraph> },
              {
                title: t("assessment.appeal.status"),
                width: 200,
                render: (_, row) => (
                  <span>
                    <Tag color={STATUS_COLORS[row.status]}>{t(`assessment.appeal.status.${row.status}`)}</Tag>
                    {row.decisionNote && (
                      <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                        {row.decisionNote}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
              ...(canDecide
                ? [
                    {
                      title: t("common.actions"),
                      width: 80,
                      render: (_: unknown, row: Appeal) =>
                        row.status === "pending" && (
                          <Button size="small" type="primary" onClick={() => setDeciding(row)} data-testid="appeal-decide">
                            {t("assessment.appeal.decide")}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
          {deciding && <DecisionForm planId={planId} appeal={deciding} onClose={() => setDeciding(null)} />}
        </>
      )}
    </QueryView>
  );
}

interface Decision {
  decision: "uphold" | "reject";
  value?: number | null;
  note: string;
}

function DecisionForm({ planId, appeal, onClose }: { planId: string; appeal: Appeal; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Decision>();
  const decision = Form.useWatch("decision", form);
  const decide = useMutation({
    mutationFn: ({ value, ...rest }: Decision) =>
      assessmentsApi.decide(planId, appeal.id, { version: appeal.version, ...rest, ...(rest.decision === "uphold" && value != null ? { value } : {}) }),
    onSuccess: () => {
      void message.success(t("assessment.appeal.decided"));
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.plan(planId) });
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      open
      title={t("assessment.appeal.decide")}
      onCancel={onClose}
      confirmLoading={decide.isPending}
      onOk={() => form.validateFields().then((values) => decide.mutate(values))}
    >
      <Typography.Paragraph type="secondary">{appeal.reason}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ decision: "uphold" }}>
        <Form.Item name="decision">
          <Radio.Group
            options={[
              { value: "uphold", label: t("assessment.appeal.uphold") },
              { value: "reject", label: t("assessment.appeal.reject") },
            ]}
          />
        </Form.Item>
        {decision === "uphold" && (
          <Form.Item name="value" label={t("assessment.appeal.value")} extra={t("assessment.appeal.valueHint")}>
            <InputNumber min={0} max={1000} step={0.1} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t("assessment.appeal.note")} rules={[{ required: true, whitespace: true, message: t("assessment.appeal.noteRequired") }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
