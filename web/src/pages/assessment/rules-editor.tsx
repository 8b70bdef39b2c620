/**
 * The rule sheet (考核细则) of a plan: weights by target kind and by item, role factors, credit for tasks without
 * numbers, the 力争 bonus, deductions and veto items. A supervisor edits it, previews the new ranking (what-if)
 * and saves; everyone else reads it.
 */
import { DeleteOutlined, ExperimentOutlined, PlusOutlined, SaveOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Space, Table, Tag, Typography } from "antd";
import { useEffect } from "react";
import { STATUSES } from "../../../../src/core/domain/status/status.ts";
import { TARGET_KINDS } from "../../../../src/core/domain/status/target-kind.ts";
import { UNIT_ROLES } from "../../../../src/core/extract/types.ts";
import { assessmentKeys, assessmentsApi, type RuleSheet, type WhatIf } from "../../api/assessments.ts";
import type { ItemDto } from "../../api/types.ts";
import { useShowError } from "../../components/feedback.tsx";
import { ROLE_KEYS } from "../../components/labels.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { itemLabel } from "../review/plan-tree.ts";
import { fromForm, type RuleForm, toForm } from "./rule-form.ts";
import { points, ScoreTable } from "./score-table.tsx";


interface Props {
  planId: string;
  year?: string;
  rules: RuleSheet;
  version: number;
  items: ItemDto[];
  editable: boolean;
}

/** The rules tab. */
export function RulesEditor({ planId, year, rules, version, items, editable }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RuleForm>();
  useEffect(() => form.setFieldsValue(toForm(rules)), [form, rules]);
  const current = () => fromForm(form.getFieldsValue(true) as RuleForm);
  const whatIf = useMutation({ mutationFn: () => assessmentsApi.whatIf(planId, current(), year), onError: showError });
  const save = useMutation({
    mutationFn: () => assessmentsApi.putRules(planId, version, current()),
    onSuccess: () => {
      void message.success(t("assessment.rules.saved"));
      whatIf.reset();
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.plan(planId) });
    },
    onError: showError,
  });
  const itemOptions = items.map((item) => ({ value: item.id, label: itemLabel(item) }));
  const number = (max: number, step = 0.1) => <InputNumber min={0} max={max} step={step} style={{ width: "100%" }} disabled={!editable} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {version === 0 && <Alert type="info" showIcon title={t("assessment.rules.default")} />}
      <Form form={form} layout="vertical" disabled={!editable} data-testid="rules-form">
        <Row gutter={[16, 0]}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t("assessment.rules.weights")}>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="fullMarks" label={t("assessment.rules.fullMarks")}>
                    {number(1000, 1)}
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={["weights", "task"]} label={t("assessment.rules.taskWeight")}>
                    {number(1000)}
                  </Form.Item>
                </Col>
                {TARGET_KINDS.map((kind) => (
                  <Col span={8} key={kind}>
                    <Form.Item name={["weights", "byTargetKind", kind]} label={t(`assessment.targetKind.${kind}`)}>
                      {number(1000)}
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.List name={["weights", "byItem"]}>
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Space key={field.key} align="start" style={{ display: "flex" }}>
                        <Form.Item name={[field.name, "itemId"]} rules={[{ required: true }]} style={{ width: 320 }}>
                          <Select showSearch optionFilterProp="label" options={itemOptions} placeholder={t("assessment.rules.pickItem")} />
                        </Form.Item>
                        <Form.Item name={[field.name, "weight"]} rules={[{ required: true }]}>
                          <InputNumber min={0} max={1000} step={0.5} />
                        </Form.Item>
                        {editable && <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t("common.delete")} />}
                      </Space>
                    ))}
                    {editable && (
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ itemId: undefined, weight: 2 })}>
                        {t("assessment.rules.addItemWeight")}
                      </Button>
                    )}
                  </>
                )}
              </Form.List>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t("assessment.rules.credit")}>
              <Row gutter={12}>
                {UNIT_ROLES.map((role) => (
                  <Col span={8} key={role}>
                    <Form.Item name={["roleFactor", role]} label={t("assessment.rules.roleFactor", { role: t(ROLE_KEYS[role]) })}>
                      {number(1)}
                    </Form.Item>
                  </Col>
                ))}
                <Col span={24}>
                  <Typography.Paragraph type="secondary">{t("assessment.rules.supportNeedsContribution")}</Typography.Paragraph>
                </Col>
                {STATUSES.map((status) => (
                  <Col span={8} key={status}>
                    <Form.Item name={["taskCredit", status]} label={t("assessment.rules.taskCredit", { status: t(`status.${status}`) })}>
                      {number(1)}
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            </Card>
            <Card size="small" title={t("assessment.rules.bonusAndDeductions")} style={{ marginTop: 16 }}>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name={["stretchBonus", "perTarget"]} label={t("assessment.rules.bonusPerTarget")}>
                    {number(1000, 0.5)}
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={["stretchBonus", "cap"]} label={t("assessment.rules.bonusCap")}>
                    {number(1000, 1)}
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={["deductions", "lateReport"]} label={t("assessment.rules.lateReport")}>
                    {number(1000, 0.5)}
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={["deductions", "returnedReport"]} label={t("assessment.rules.returnedReport")}>
                    {number(1000, 0.5)}
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={["deductions", "cap"]} label={t("assessment.rules.deductionCap")}>
                    {number(1000, 1)}
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name="vetoItems" label={t("assessment.rules.vetoItems")} extra={t("assessment.rules.vetoHint")}>
                    <Select mode="multiple" showSearch optionFilterProp="label" options={itemOptions} placeholder={t("common.none")} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          </Col>
        </Row>
      </Form>
      {editable && (
        <Space>
          <Button icon={<ExperimentOutlined />} loading={whatIf.isPending} onClick={() => whatIf.mutate()} data-testid="rules-what-if">
            {t("assessment.rules.whatIf")}
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => save.mutate()} data-testid="rules-save">
            {t("assessment.rules.save")}
          </Button>
        </Space>
      )}
      {whatIf.data && <WhatIfResult result={whatIf.data} />}
    </Space>
  );
}

function WhatIfResult({ result }: { result: WhatIf }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t("assessment.whatIf.title")} data-testid="what-if-result">
      <Space orientation="vertical" style={{ width: "100%" }}>
        {result.changes.length === 0 ? (
          <Alert type="info" showIcon title={t("assessment.whatIf.noChange")} />
        ) : (
          <Table
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={result.changes}
            columns={[
              { title: t("rounds.field.unit"), dataIndex: "unitName" },
              {
                title: t("assessment.whatIf.before"),
                width: 160,
                render: (_, change) => t("assessment.whatIf.place", { rank: change.before.rank, total: points(change.before.total) }),
              },
              {
                title: t("assessment.whatIf.after"),
                width: 260,
                render: (_, change) => {
                  const moved = change.before.rank - change.after.rank;
                  const delta = change.after.total - change.before.total;
                  return (
                    <span>
                      {t("assessment.whatIf.place", { rank: change.after.rank, total: points(change.after.total) })}
                      {delta !== 0 && <Tag color={delta > 0 ? "green" : "red"} style={{ marginLeft: 8 }}>{delta > 0 ? `+${points(delta)}` : `−${points(-delta)}`}</Tag>}
                      {moved !== 0 && <Tag color={moved > 0 ? "green" : "red"}>{moved > 0 ? `↑${moved}` : `↓${-moved}`}</Tag>}
                    </span>
                  );
                },
              },
            ]}
          />
        )}
        <ScoreTable ranking={result.ranking} scores={result.scores} canAppeal={() => false} onAppeal={() => undefined} />
      </Space>
    </Card>
  );
}
