/** Inline editing of one quantitative target: metric, value, unit, comparison, baseline, deadline, 力争 and milestones. */
import { DeleteOutlined, MinusCircleOutlined, PlusOutlined, SaveOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Typography } from "antd";
import { type TargetPatch, plansApi } from "../../api/plans.ts";
import type { Comparison, Milestone, TargetDto } from "../../api/types.ts";
import { COMPARISON_KEYS } from "../../components/labels.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { usePlanMutation } from "./use-plan-mutation.ts";

interface TargetForm {
  metric: string;
  value: number;
  unit: string | null;
  cmp: Comparison;
  aspirational: boolean;
  baseline: number | null;
  deadline: string | null;
  milestones: Milestone[];
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

interface TargetEditorProps {
  planId: string;
  target: TargetDto;
  active: boolean;
  onFocus: () => void;
}

/** The editor card of one target. */
export function TargetEditor({ planId, target, active, onFocus }: TargetEditorProps) {
  const { t } = useI18n();
  const save = usePlanMutation(planId, (patch: TargetPatch) =>
    plansApi.updateTarget(planId, target.id, { ...patch, version: target.version }),
  );
  const remove = usePlanMutation(planId, () => plansApi.deleteTarget(planId, target.id));
  const initial: TargetForm = {
    metric: target.metric ?? "",
    value: target.value,
    unit: target.unit,
    cmp: target.cmp,
    aspirational: target.aspirational,
    baseline: target.baseline,
    deadline: target.deadline,
    milestones: target.milestones,
  };
  return (
    <Card
      size="small"
      className={active ? "target-card target-card-active" : "target-card"}
      onClick={onFocus}
      data-testid={`target-${target.id}`}
      title={
        <Typography.Text ellipsis={{ tooltip: target.quote }} style={{ fontWeight: 400 }}>
          {target.quote}
        </Typography.Text>
      }
      extra={
        <Popconfirm title={t("review.target.deleteConfirm")} onConfirm={() => remove.mutate(undefined)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t("common.delete")} />
        </Popconfirm>
      }
    >
      <Form<TargetForm>
        key={`${target.id}:${target.version}`}
        layout="vertical"
        size="small"
        initialValues={initial}
        onFinish={(values) =>
          save.mutate({
            ...values,
            unit: values.unit || null,
            baseline: values.baseline ?? null,
            deadline: values.deadline?.trim() || null,
            milestones: [...(values.milestones ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
          })
        }
      >
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Form.Item name="metric" label={t("target.metric")} rules={[{ required: true, whitespace: true, message: t("target.metricRequired") }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="cmp" label={t("target.cmp")}>
              <Select options={Object.entries(COMPARISON_KEYS).map(([value, key]) => ({ value, label: t(key) }))} />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="value" label={t("target.value")} rules={[{ required: true, type: "number", message: t("target.valueRequired") }]}>
              <InputNumber style={{ width: "100%" }} data-testid="target-value" />
            </Form.Item>
          </Col>
          <Col xs={8} md={4}>
            <Form.Item name="unit" label={t("target.unit")}>
              <Input data-testid="target-unit" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={8}>
          <Col xs={12} md={8}>
            <Form.Item name="baseline" label={t("target.baseline")} tooltip={t("target.baseline.hint")}>
              <InputNumber style={{ width: "100%" }} data-testid="target-baseline" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="deadline" label={t("target.deadline")} tooltip={t("target.deadline.hint")} rules={[{ pattern: LOCAL_DATE, message: t("target.milestones.date") }]}>
              <Input placeholder="2025-12-31" data-testid="target-deadline" />
            </Form.Item>
          </Col>
        </Row>
        <MilestoneRows />
        <Space style={{ width: "100%", justifyContent: "space-between" }}>
          <Form.Item name="aspirational" valuePropName="checked" noStyle>
            <Checkbox>{t("target.aspirational")}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="target-save">
            {t("common.save")}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

/** Date + value rows of the target's milestones; the server refuses invalid or repeated dates. */
function MilestoneRows() {
  const { t } = useI18n();
  return (
    <Form.List name="milestones">
      {(fields, { add, remove }) => (
        <Form.Item label={t("target.milestones")} tooltip={t("target.milestones.hint")}>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: "flex" }} data-testid="target-milestone">
              <Form.Item name={[field.name, "date"]} rules={[{ required: true, pattern: LOCAL_DATE, message: t("target.milestones.date") }]}>
                <Input placeholder={t("target.milestones.date")} style={{ width: 170 }} />
              </Form.Item>
              <Form.Item name={[field.name, "value"]} rules={[{ required: true, type: "number", message: t("target.valueRequired") }]}>
                <InputNumber placeholder={t("target.value")} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t("common.delete")} />
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()}>
            {t("target.milestones.add")}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
