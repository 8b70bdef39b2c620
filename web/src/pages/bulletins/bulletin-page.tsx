/**
 * One bulletin (督查通报): the HTML preview on an A4 sheet, the closing paragraph and heading fields edited in a
 * drawer while it is a draft, publishing (which freezes its numbers) and the .docx download.
 */
import { DownloadOutlined, EditOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Drawer, Form, Input, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { may } from "../../access.ts";
import { type BulletinDetail, type BulletinEdits, bulletinKeys, bulletinsApi } from "../../api/bulletins.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";
import { BulletinStatusTag } from "./bulletin-status.tsx";

/** The grey desk the A4 sheet lies on; the sheet itself is styled by the server's fragment (210 mm wide). */
const DESK_STYLE = { background: "#e8e8e8", padding: 24, overflowX: "auto", borderRadius: 4 } as const;
const SHEET_STYLE = { width: "210mm", margin: "0 auto", boxShadow: "0 2px 12px rgba(0,0,0,0.25)" } as const;

/** The bulletin page. */
export default function BulletinPage() {
  const { id = "" } = useParams();
  const bulletin = useQuery({ queryKey: bulletinKeys.detail(id), queryFn: () => bulletinsApi.get(id) });
  return (
    <QueryView query={bulletin} rows={16}>
      {(detail) => <BulletinScreen detail={detail} />}
    </QueryView>
  );
}

function BulletinScreen({ detail }: { detail: BulletinDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<BulletinEdits>();
  const { bulletin } = detail;
  const draft = bulletin.status === "draft";
  const canEdit = draft && may(user, "bulletins.edit");
  const refresh = () => queryClient.invalidateQueries({ queryKey: bulletinKeys.all });
  const onStale = (error: unknown) => {
    showError(error);
    void refresh();
  };
  const save = useMutation({
    mutationFn: (edits: BulletinEdits) => bulletinsApi.update(bulletin.id, { version: bulletin.version, ...edits }),
    onSuccess: () => {
      void message.success(t("common.saved"));
      setEditing(false);
      void refresh();
    },
    onError: onStale,
  });
  const publish = useMutation({
    mutationFn: () => bulletinsApi.publish(bulletin.id, bulletin.version),
    onSuccess: () => {
      void message.success(t("bulletins.publishedToast"));
      void refresh();
    },
    onError: onStale,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small">
        <div className="toolbar">
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {bulletin.title}
            </Typography.Title>
            <BulletinStatusTag bulletin={bulletin} />
          </Space>
          <Space wrap>
            {canEdit && (
              <Button
                icon={<EditOutlined />}
                data-testid="bulletin-edit"
                onClick={() => {
                  form.setFieldsValue({ title: bulletin.title, issueNumber: bulletin.issueNumber, issuer: bulletin.issuer, closing: bulletin.closing });
                  setEditing(true);
                }}
              >
                {t("bulletins.edit")}
              </Button>
            )}
            {canEdit && (
              <Popconfirm title={t("bulletins.publishConfirm")} onConfirm={() => publish.mutate()}>
                <Button type="primary" icon={<SendOutlined />} loading={publish.isPending} data-testid="bulletin-publish">
                  {t("bulletins.publish")}
                </Button>
              </Popconfirm>
            )}
            <Button icon={<DownloadOutlined />} href={bulletinsApi.docxUrl(bulletin.id)} data-testid="bulletin-docx">
              {t("bulletins.docx")}
            </Button>
          </Space>
        </div>
        <Alert
          style={{ marginTop: 12 }}
          showIcon
          type={draft ? "info" : "success"}
          title={draft ? t("bulletins.liveHint") : t("bulletins.frozenHint", { date: bulletin.publishedOn ?? "" })}
        />
      </Card>
      <div style={DESK_STYLE}>
        {/* the server escapes every value it puts into this fragment (files/writers/bulletin.html.ts) */}
        <div style={SHEET_STYLE} data-testid="bulletin-preview" dangerouslySetInnerHTML={{ __html: detail.html }} />
      </div>
      <Drawer
        open={editing}
        onClose={() => setEditing(false)}
        title={t("bulletins.edit")}
        size={520}
        extra={
          <Button type="primary" loading={save.isPending} onClick={() => form.validateFields().then((values) => save.mutate(values))}>
            {t("common.save")}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item name="title" label={t("bulletins.field.title")} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="issueNumber" label={t("bulletins.field.issueNumber")}>
              <Input maxLength={40} placeholder={t("bulletins.issueNumberPlaceholder")} />
            </Form.Item>
            <Form.Item name="issuer" label={t("bulletins.field.issuer")} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Space>
          <Form.Item name="closing" label={t("bulletins.field.closing")} extra={t("bulletins.closingHint")}>
            <Input.TextArea autoSize={{ minRows: 6, maxRows: 16 }} maxLength={5000} showCount data-testid="bulletin-closing" />
          </Form.Item>
        </Form>
      </Drawer>
    </Space>
  );
}
