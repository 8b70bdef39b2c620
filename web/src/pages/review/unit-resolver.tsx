/** Matches every unit name in the plan to the directory: accept a suggestion, pick a unit (merge as alias), or create one. */
import { CheckCircleFilled, ExclamationCircleFilled, PlusOutlined } from "@ant-design/icons";
import { Button, Form, Input, List, Modal, Select, Space, Tag, TreeSelect, Typography } from "antd";
import { useMemo, useState } from "react";
import { directoryKeys } from "../../api/directory.ts";
import { plansApi } from "../../api/plans.ts";
import type { Unit, UnitResolution } from "../../api/types.ts";
import { unitTreeData } from "../../components/unit-tree.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { usePlanMutation } from "./use-plan-mutation.ts";

type ResolveBody = Parameters<typeof plansApi.resolveUnit>[1];

interface UnitResolverProps {
  planId: string;
  resolutions: UnitResolution[];
  directory: Unit[];
  activeName?: string;
  onPick: (name: string) => void;
}

/** The list of unit names with their resolution and the actions to fix the unresolved ones. */
export function UnitResolver({ planId, resolutions, directory, activeName, onPick }: UnitResolverProps) {
  const { t } = useI18n();
  const resolve = usePlanMutation(planId, (body: ResolveBody) => plansApi.resolveUnit(planId, body), [directoryKeys.units]);
  const [creating, setCreating] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const byId = useMemo(() => new Map(directory.map((unit) => [unit.id, unit])), [directory]);
  const unitOptions = useMemo(() => directory.map((unit) => ({ value: unit.id, label: unit.name })), [directory]);
  const treeData = useMemo(() => unitTreeData(directory), [directory]);
  const sorted = useMemo(
    () => [...resolutions].sort((a, b) => Number(Boolean(a.unitId)) - Number(Boolean(b.unitId))),
    [resolutions],
  );
  const [form] = Form.useForm<{ name: string; parentId?: string }>();

  return (
    <>
      <List
        size="small"
        dataSource={sorted}
        data-testid="unit-resolver"
        renderItem={(resolution) => {
          const resolvedTo = resolution.unitId ? byId.get(resolution.unitId) : undefined;
          return (
            <List.Item
              className={activeName === resolution.name ? "mark-item-selected" : undefined}
              data-testid={`unit-row-${resolution.name}`}
            >
              <Space orientation="vertical" size={6} style={{ width: "100%" }}>
                <Space wrap>
                  {resolution.unitId ? (
                    <CheckCircleFilled style={{ color: "#52c41a" }} />
                  ) : (
                    <ExclamationCircleFilled style={{ color: "#fa8c16" }} />
                  )}
                  <Typography.Link strong onClick={() => onPick(resolution.name)}>
                    {resolution.name}
                  </Typography.Link>
                  {resolution.unitId && (
                    <Tag color="green">
                      {resolution.how === "alias" && resolvedTo ? t("review.units.aliasOf", { name: resolvedTo.name }) : t("review.units.exact")}
                    </Tag>
                  )}
                  {!resolution.unitId && <Tag color="orange">{t("review.units.unresolved")}</Tag>}
                </Space>
                {!resolution.unitId && (
                  <Space wrap size={[6, 6]}>
                    {resolution.suggestions.slice(0, 3).map((suggestion) => (
                      <Button
                        key={suggestion.unitId}
                        size="small"
                        onClick={() => resolve.mutate({ name: resolution.name, unitId: suggestion.unitId })}
                        data-testid="unit-suggestion"
                      >
                        {t("review.units.mergeInto", { name: suggestion.name, score: Math.round(suggestion.score * 100) })}
                      </Button>
                    ))}
                    <Space.Compact size="small">
                      <Select
                        showSearch={{ optionFilterProp: "label" }}
                        placeholder={t("review.units.pick")}
                        style={{ width: 180 }}
                        options={unitOptions}
                        value={picked[resolution.name]}
                        onChange={(unitId: string) => setPicked((current) => ({ ...current, [resolution.name]: unitId }))}
                      />
                      <Button
                        disabled={!picked[resolution.name]}
                        onClick={() => resolve.mutate({ name: resolution.name, unitId: picked[resolution.name] })}
                      >
                        {t("review.units.merge")}
                      </Button>
                    </Space.Compact>
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => {
                        form.setFieldsValue({ name: resolution.name, parentId: undefined });
                        setCreating(resolution.name);
                      }}
                    >
                      {t("review.units.create")}
                    </Button>
                  </Space>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      <Modal
        open={creating !== null}
        title={t("review.units.createTitle", { name: creating ?? "" })}
        okText={t("common.create")}
        confirmLoading={resolve.isPending}
        onCancel={() => setCreating(null)}
        onOk={async () => {
          const values = await form.validateFields();
          if (creating === null) return;
          resolve.mutate(
            { name: creating, create: { name: values.name.trim(), parentId: values.parentId ?? null } },
            { onSuccess: () => setCreating(null) },
          );
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label={t("units.field.name")} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="parentId" label={t("units.field.parent")}>
            <TreeSelect allowClear treeData={treeData} showSearch treeNodeFilterProp="title" placeholder={t("units.field.parentPlaceholder")} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
