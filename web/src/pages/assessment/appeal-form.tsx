/** A unit's appeal against one line of its score: the reason and the evidence, sent to the supervisors. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Form, Input, Modal, Typography } from "antd";
import { assessmentKeys, assessmentsApi, type ScoreLine, type UnitScore } from "../../api/assessments.ts";
import { useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

interface Props {
  planId: string;
  unit: UnitScore;
  line: ScoreLine;
  onClose: () => void;
}

/** The appeal dialog. */
export function AppealForm({ planId, unit, line, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string; evidence: string }>();
  const file = useMutation({
    mutationFn: (values: { reason: string; evidence: string }) => assessmentsApi.appeal(planId, { unitId: unit.unitId, lineId: line.id, ...values }),
    onSuccess: () => {
      void message.success(t("assessment.appeal.filed"));
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.appeals(planId) });
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      open
      title={t("assessment.appeal.title", { unit: unit.unitName })}
      okText={t("assessment.appeal.send")}
      onCancel={onClose}
      confirmLoading={file.isPending}
      onOk={() => form.validateFields().then((values) => file.mutate(values))}
    >
      <Typography.Paragraph>
        {line.label}
        <Typography.Text code style={{ marginLeft: 8 }}>
          {line.formula}
        </Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t("assessment.appeal.reason")} rules={[{ required: true, whitespace: true, message: t("assessment.appeal.reasonRequired") }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidence" label={t("assessment.appeal.evidence")} rules={[{ required: true, whitespace: true, message: t("assessment.appeal.evidenceRequired") }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} placeholder={t("assessment.appeal.evidencePlaceholder")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
