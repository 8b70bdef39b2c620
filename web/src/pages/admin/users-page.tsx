/** Admin: the users, their roles and units; create, edit, reset a password, deactivate. */
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table, Tag } from "antd";
import { useMemo, useState } from "react";
import { type UserInput, directoryKeys, unitsApi, usersApi } from "../../api/directory.ts";
import { ROLES, type User } from "../../api/types.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

const ROLE_COLORS: Record<User["role"], string> = { admin: "purple", supervisor: "red", reporter: "blue", viewer: "green" };

/** The users page. */
export default function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: directoryKeys.users, queryFn: usersApi.list });
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  const unitName = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [form] = Form.useForm<UserInput>();
  const save = useMutation({
    mutationFn: (values: UserInput) =>
      editing === "new" || editing === null
        ? usersApi.create(values)
        : usersApi.update(editing.id, { ...values, username: undefined, password: values.password || undefined, version: editing.version ?? 1 }),
    onSuccess: () => {
      void message.success(t("common.saved"));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: directoryKeys.users });
    },
    onError: showError,
  });

  const open = (user: User | "new") => {
    form.resetFields();
    if (user !== "new") form.setFieldsValue({ ...user, password: "" });
    else form.setFieldsValue({ role: "reporter", unitIds: [] });
    setEditing(user);
  };
  const role = Form.useWatch("role", form);

  return (
    <Card
      title={t("menu.users")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open("new")}>
          {t("users.create")}
        </Button>
      }
    >
      <QueryView query={users} isEmpty={(rows) => rows.length === 0}>
        {(rows) => (
          <Table<User>
            rowKey="id"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 720 }}
            columns={[
              { title: t("users.field.username"), dataIndex: "username", width: 140 },
              { title: t("users.field.displayName"), dataIndex: "displayName" },
              {
                title: t("users.field.role"),
                dataIndex: "role",
                width: 120,
                render: (value: User["role"]) => <Tag color={ROLE_COLORS[value]}>{t(`roles.${value}`)}</Tag>,
              },
              {
                title: t("users.field.units"),
                dataIndex: "unitIds",
                render: (ids: string[]) => ids.map((id) => <Tag key={id}>{unitName.get(id) ?? id}</Tag>),
              },
              {
                title: t("users.field.active"),
                dataIndex: "active",
                width: 90,
                render: (active: boolean | undefined) =>
                  active === false ? <Tag>{t("users.inactive")}</Tag> : <Tag color="green">{t("users.active")}</Tag>,
              },
              {
                title: t("common.actions"),
                width: 90,
                fixed: "right",
                render: (_, user) => <Button type="link" onClick={() => open(user)}>{t("common.edit")}</Button>,
              },
            ]}
          />
        )}
      </QueryView>
      <Modal
        open={editing !== null}
        title={editing === "new" ? t("users.create") : t("users.edit")}
        onCancel={() => setEditing(null)}
        onOk={() => form.validateFields().then((values) => save.mutate(values))}
        confirmLoading={save.isPending}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="username" label={t("users.field.username")} rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: t("users.usernameRule") }]}>
            <Input disabled={editing !== "new"} autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label={t("users.field.displayName")} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t("users.field.role")} rules={[{ required: true }]}>
            <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
          </Form.Item>
          <Form.Item
            name="unitIds"
            label={t("users.field.units")}
            rules={[{ required: role === "reporter", type: "array", min: role === "reporter" ? 1 : 0, message: t("users.unitsRule") }]}
          >
            <Select mode="multiple" showSearch={{ optionFilterProp: "label" }} options={(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }))} />
          </Form.Item>
          <Form.Item
            name="password"
            label={editing === "new" ? t("users.field.password") : t("users.field.newPassword")}
            rules={[{ required: editing === "new", min: 8, message: t("users.passwordRule") }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {editing !== "new" && (
            <Form.Item name="active" label={t("users.field.active")} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
