/** The unit directory: the tree, each unit's aliases and parent, creating units and merging one into another. */
import { MergeCellsOutlined, PlusOutlined, SaveOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Empty, Form, Input, Modal, Popconfirm, Row, Select, Space, Tree, TreeSelect } from "antd";
import { useMemo, useState } from "react";
import { directoryKeys, unitsApi } from "../../api/directory.ts";
import { UNIT_KINDS, type Unit, type UnitKind } from "../../api/types.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { unitTreeData, type UnitTreeNode } from "../../components/unit-tree.ts";
import { useI18n } from "../../locales/i18n.tsx";

interface UnitForm {
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  aliases: string[];
}

function filterTree(nodes: UnitTreeNode[], needle: string): UnitTreeNode[] {
  if (!needle) return nodes;
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, needle);
    const hit = node.title.includes(needle) || node.unit.aliases.some((alias) => alias.includes(needle));
    return hit || children.length ? [{ ...node, children }] : [];
  });
}

/** The units page. */
export default function UnitsPage() {
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  return <QueryView query={units}>{(list) => <UnitsWorkspace units={list} />}</QueryView>;
}

function UnitsWorkspace({ units }: { units: Unit[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [needle, setNeedle] = useState("");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [mergeInto, setMergeInto] = useState<string | undefined>();
  const [form] = Form.useForm<UnitForm>();
  const [createForm] = Form.useForm<UnitForm>();
  const tree = useMemo(() => unitTreeData(units), [units]);
  const shown = useMemo(() => filterTree(tree, needle.trim()), [tree, needle]);
  const selected = units.find((unit) => unit.id === selectedId) ?? null;
  const kindOptions = UNIT_KINDS.map((kind) => ({ value: kind, label: t(`units.kind.${kind}`) }));
  const done = () => {
    void message.success(t("common.saved"));
    void queryClient.invalidateQueries({ queryKey: directoryKeys.units });
  };
  const update = useMutation({
    mutationFn: (values: UnitForm) => unitsApi.update(selected!.id, { ...values, parentId: values.parentId ?? null, version: selected!.version }),
    onSuccess: done,
    onError: (error) => {
      showError(error);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.units });
    },
  });
  const create = useMutation({
    mutationFn: (values: UnitForm) => unitsApi.create({ ...values, parentId: values.parentId ?? null }),
    onSuccess: (unit) => {
      done();
      setCreating(false);
      setSelectedId(unit.id);
    },
    onError: showError,
  });
  const merge = useMutation({
    mutationFn: (intoId: string) => unitsApi.merge(selected!.id, intoId),
    onSuccess: (_result, intoId) => {
      done();
      setSelectedId(intoId);
      setMergeInto(undefined);
    },
    onError: showError,
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10}>
        <Card
          title={t("units.tree")}
          extra={
            <Button
              type="primary"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => {
                createForm.resetFields();
                createForm.setFieldsValue({ kind: "department", aliases: [], parentId: selectedId });
                setCreating(true);
              }}
            >
              {t("units.create")}
            </Button>
          }
        >
          <Input.Search allowClear placeholder={t("units.search")} onChange={(event) => setNeedle(event.target.value)} style={{ marginBottom: 12 }} />
          {shown.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Tree<UnitTreeNode>
              treeData={shown}
              height={480}
              blockNode
              defaultExpandAll
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => {
                const id = keys[0] ? String(keys[0]) : null;
                setSelectedId(id);
                const unit = units.find((candidate) => candidate.id === id);
                if (unit) form.setFieldsValue({ name: unit.name, kind: unit.kind, parentId: unit.parentId, aliases: unit.aliases });
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={14}>
        <Card title={selected ? selected.name : t("units.detail")}>
          {!selected ? (
            <Empty description={t("units.pickOne")} />
          ) : (
            <Space orientation="vertical" size="large" style={{ width: "100%" }}>
              <Form<UnitForm> form={form} layout="vertical" onFinish={(values) => update.mutate(values)}>
                <Form.Item name="name" label={t("units.field.name")} rules={[{ required: true, whitespace: true }]}>
                  <Input />
                </Form.Item>
                <Form.Item name="kind" label={t("units.field.kind")}>
                  <Select options={kindOptions} />
                </Form.Item>
                <Form.Item name="parentId" label={t("units.field.parent")}>
                  <TreeSelect allowClear treeData={tree} showSearch treeNodeFilterProp="title" placeholder={t("units.field.parentPlaceholder")} />
                </Form.Item>
                <Form.Item name="aliases" label={t("units.field.aliases")} extra={t("units.aliasesHint")}>
                  <Select mode="tags" open={false} />
                </Form.Item>
                <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={update.isPending}>
                  {t("common.save")}
                </Button>
              </Form>
              <Card size="small" type="inner" title={t("units.merge.title")}>
                <Space wrap>
                  <Select
                    showSearch={{ optionFilterProp: "label" }}
                    style={{ width: 240 }}
                    placeholder={t("units.merge.into")}
                    value={mergeInto}
                    onChange={setMergeInto}
                    options={units.filter((unit) => unit.id !== selected.id).map((unit) => ({ value: unit.id, label: unit.name }))}
                  />
                  <Popconfirm
                    title={t("units.merge.confirm", { from: selected.name, into: units.find((unit) => unit.id === mergeInto)?.name ?? "" })}
                    onConfirm={() => mergeInto && merge.mutate(mergeInto)}
                    disabled={!mergeInto}
                  >
                    <Button danger icon={<MergeCellsOutlined />} disabled={!mergeInto} loading={merge.isPending}>
                      {t("units.merge.button")}
                    </Button>
                  </Popconfirm>
                </Space>
              </Card>
            </Space>
          )}
        </Card>
      </Col>
      <Modal
        open={creating}
        title={t("units.create")}
        onCancel={() => setCreating(false)}
        onOk={() => createForm.validateFields().then((values) => create.mutate(values))}
        confirmLoading={create.isPending}
        forceRender
      >
        <Form form={createForm} layout="vertical">
          <Form.Item name="name" label={t("units.field.name")} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t("units.field.kind")}>
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item name="parentId" label={t("units.field.parent")}>
            <TreeSelect allowClear treeData={tree} showSearch treeNodeFilterProp="title" placeholder={t("units.field.parentPlaceholder")} />
          </Form.Item>
          <Form.Item name="aliases" label={t("units.field.aliases")}>
            <Select mode="tags" open={false} />
          </Form.Item>
        </Form>
      </Modal>
    </Row>
  );
}
