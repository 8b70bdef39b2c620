/** A supervisor sets an item's or a target's status by hand; the reason is mandatory and recorded with who and when. */
import { EditOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { STATUSES, type Status } from "../../api/reporting-types.ts";
import { invalidateStatus, statusApi } from "../../api/status.ts";
import { useShowError } from "../../components/feedback.tsx";
import { StatusLight } from "../../components/status.tsx";
import { useI18n } from "../../locales/i18n.tsx";

interface OverrideForm {
  status: Status;
  reason: string;
}

/** The small "adjust status" button and its dialog. */
export function OverrideButton({ subject, current }: { subject: { itemId: string } | { targetId: string }; current?: Status }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<OverrideForm>();
  const save = useMutation({
    mutationFn: (values: OverrideForm) => statusApi.override({ ...subject, status: values.status, reason: values.reason.trim() }),
    onSuccess: () => {
      void message.success(t("override.saved"));
      setOpen(false);
      invalidateStatus(queryClient);
    },
    onError: showError,
  });
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<EditOutlined />}
        onClick={() => {
          form.setFieldsValue({ status: current ?? "green", reason: "" });
          setOpen(true);
        }}
      >
        {t("override.button")}
      </Button>
      <Modal
        open={open}
        title={t("override.title")}
        confirmLoading={save.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.validateFields().then((values) => save.mutate(values))}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="status" label={t("plan.status")}>
            <Select options={STATUSES.map((status) => ({ value: status, label: <StatusLight status={status} /> }))} />
          </Form.Item>
          <Form.Item name="reason" label={t("override.reason")} rules={[{ required: true, whitespace: true, message: t("override.reasonRequired") }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
