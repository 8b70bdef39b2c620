/** Adding a sub-item under the selected item, or deleting the selected item, on the review screen. */
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Popconfirm, Select, Space } from "antd";
import { useState } from "react";
import { plansApi } from "../../api/plans.ts";
import type { ItemDto, ItemKind } from "../../api/types.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { usePlanMutation } from "./use-plan-mutation.ts";

interface NewItem {
  marker: string;
  kind: ItemKind;
  heading: string;
}

/** The two buttons and the add dialog. */
export function ItemActions({ planId, item, onDeleted }: { planId: string; item: ItemDto; onDeleted: () => void }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<NewItem>();
  const add = usePlanMutation(planId, (values: NewItem) =>
    plansApi.addItem(planId, { parentId: item.id, path: [...item.path, values.marker.trim()], kind: values.kind, heading: values.heading.trim() }),
  );
  const remove = usePlanMutation(planId, () => plansApi.deleteItem(planId, item.id));
  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => {
          form.setFieldsValue({ marker: "", kind: "task", heading: "" });
          setAdding(true);
        }}
      >
        {t("review.item.addChild")}
      </Button>
      <Popconfirm title={t("review.item.deleteConfirm")} onConfirm={() => remove.mutate(undefined, { onSuccess: onDeleted })}>
        <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending} aria-label={t("common.delete")} />
      </Popconfirm>
      <Modal
        open={adding}
        title={t("review.item.addChildTitle", { path: item.path.join(" / ") })}
        okText={t("common.create")}
        confirmLoading={add.isPending}
        onCancel={() => setAdding(false)}
        onOk={() => form.validateFields().then((values) => add.mutate(values, { onSuccess: () => setAdding(false) }))}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Space.Compact style={{ width: "100%" }}>
            <Form.Item name="marker" label={t("review.item.marker")} rules={[{ required: true, whitespace: true, max: 20 }]} style={{ width: 120 }}>
              <Input placeholder={t("review.item.markerPlaceholder")} />
            </Form.Item>
            <Form.Item name="kind" label={t("review.item.kind")} style={{ width: 110 }}>
              <Select
                options={[
                  { value: "goal", label: t("item.kind.goal") },
                  { value: "task", label: t("item.kind.task") },
                ]}
              />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="heading" label={t("review.item.headingPlaceholder")} rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
