/** The selected item's editor: kind and heading, its units by role, and its targets. */
import { PlusOutlined, SaveOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, Form, Input, Select, Space, Tag, Typography } from "antd";
import { plansApi } from "../../api/plans.ts";
import { type ItemDto, type ItemKind, UNIT_ROLES, type UnitRole } from "../../api/types.ts";
import { ROLE_KEYS } from "../../components/labels.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { ItemActions } from "./item-actions.tsx";
import type { Selection } from "./selection.ts";
import { TargetEditor } from "./target-editor.tsx";
import { usePlanMutation } from "./use-plan-mutation.ts";

interface ItemEditorProps {
  planId: string;
  item: ItemDto;
  unitNames: string[];
  selection: Selection;
  onSelect: (selection: Selection) => void;
}

interface ItemForm {
  kind: ItemKind;
  heading: string | null;
}

type AssignmentForm = Record<UnitRole, string[]>;

/** Edits one item in place. */
export function ItemEditor({ planId, item, unitNames, selection, onSelect }: ItemEditorProps) {
  const { t } = useI18n();
  const saveItem = usePlanMutation(planId, (values: ItemForm) =>
    plansApi.updateItem(planId, item.id, { version: item.version, kind: values.kind, heading: values.heading || null }),
  );
  const saveAssignments = usePlanMutation(planId, (values: AssignmentForm) =>
    plansApi.putAssignments(planId, item.id, { version: item.version, ...values }),
  );
  const addTarget = usePlanMutation(planId, () =>
    plansApi.addTarget(planId, item.id, { quote: t("review.target.newQuote"), metric: t("review.target.newMetric"), value: 0, unit: null, cmp: ">=" }),
  );
  const assignments: AssignmentForm = { lead: [], support: [], owners: [] };
  for (const assignment of item.assignments) assignments[assignment.role]?.push(assignment.name);
  const options = unitNames.map((name) => ({ value: name, label: name }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="item-editor">
      <Card
        size="small"
        title={t("review.item.title", { path: item.path.join(" / ") })}
        extra={<ItemActions planId={planId} item={item} onDeleted={() => onSelect({ itemId: item.parentId })} />}
      >
        <Form<ItemForm>
          key={`${item.id}:${item.version}`}
          layout="vertical"
          size="small"
          initialValues={{ kind: item.kind, heading: item.heading }}
          onFinish={(values) => saveItem.mutate(values)}
        >
          <Space.Compact style={{ width: "100%" }}>
            <Form.Item name="kind" noStyle>
              <Select
                style={{ width: 110 }}
                options={[
                  { value: "goal", label: t("item.kind.goal") },
                  { value: "task", label: t("item.kind.task") },
                ]}
              />
            </Form.Item>
            <Form.Item name="heading" noStyle>
              <Input placeholder={t("review.item.headingPlaceholder")} />
            </Form.Item>
            <Button htmlType="submit" icon={<SaveOutlined />} loading={saveItem.isPending}>
              {t("common.save")}
            </Button>
          </Space.Compact>
        </Form>
        {(item.when.length > 0 || item.times.length > 0) && (
          <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t("review.item.when")}>
              {[...new Set([...item.when, ...item.times.map((time) => time.text)])].map((text) => (
                <Tag key={text} color="purple">
                  {text}
                </Tag>
              ))}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card size="small" title={t("review.assignments.title")}>
        <Form<AssignmentForm>
          key={`${item.id}:${item.version}:assignments`}
          layout="vertical"
          size="small"
          initialValues={assignments}
          onFinish={(values) => saveAssignments.mutate({ lead: values.lead ?? [], support: values.support ?? [], owners: values.owners ?? [] })}
        >
          {UNIT_ROLES.map((role) => (
            <Form.Item key={role} name={role} label={t(ROLE_KEYS[role])} style={{ marginBottom: 8 }}>
              <Select
                mode="tags"
                options={options}
                placeholder={t("review.assignments.placeholder")}
                tagRender={({ label, value, closable, onClose }) => (
                  <Tag
                    closable={closable}
                    onClose={onClose}
                    color={selection.unitName === value ? "orange" : "blue"}
                    onClick={() => onSelect({ itemId: item.id, unitName: String(value) })}
                    style={{ marginInlineEnd: 4 }}
                  >
                    {label}
                  </Tag>
                )}
              />
            </Form.Item>
          ))}
          <Button htmlType="submit" size="small" icon={<SaveOutlined />} loading={saveAssignments.isPending}>
            {t("review.assignments.save")}
          </Button>
        </Form>
      </Card>

      <Card
        size="small"
        title={t("review.targets.title", { count: item.targets.length })}
        extra={
          <Button size="small" icon={<PlusOutlined />} loading={addTarget.isPending} onClick={() => addTarget.mutate(undefined)}>
            {t("review.targets.add")}
          </Button>
        }
      >
        {item.targets.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("review.targets.empty")} />
        ) : (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {item.targets.map((target) => (
              <TargetEditor
                key={target.id}
                planId={planId}
                target={target}
                active={selection.targetId === target.id}
                onFocus={() => selection.targetId !== target.id && onSelect({ itemId: item.id, targetId: target.id })}
              />
            ))}
          </Space>
        )}
      </Card>
      <Typography.Text type="secondary">{t("review.item.hint")}</Typography.Text>
    </Space>
  );
}
