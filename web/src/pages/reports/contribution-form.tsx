/** A support unit's (配合单位) input to the lead unit's report: a text and, optionally, its own figures. */
import { SendOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { ReportDetail } from "../../api/reporting-types.ts";
import { useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { parseValue } from "./value-input.ts";

/** The contribution card shown to a support unit on the lead unit's report. */
export function ContributionForm({ detail, unitIds }: { detail: ReportDetail; unitIds: string[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const mine = detail.contributions.find((contribution) => unitIds.includes(contribution.unitId));
  const [text, setText] = useState(mine?.text ?? "");
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.values ?? []).map((value) => [value.targetId, value.value == null ? "" : String(value.value)])),
  );
  const parsed = detail.targets.map((target) => ({ target, value: parseValue(values[target.id] ?? "") }));
  const invalid = parsed.some(({ value }) => value === "invalid");
  const send = useMutation({
    mutationFn: () =>
      reportsApi.contribute(detail.report.id, {
        text,
        values: parsed.flatMap(({ target, value }) => (typeof value === "number" ? [{ targetId: target.id, value }] : [])),
      }),
    onSuccess: () => {
      void message.success(t("contribution.sent"));
      void queryClient.invalidateQueries({ queryKey: reportingKeys.report(detail.report.id) });
    },
    onError: showError,
  });
  return (
    <Card size="small" title={t("contribution.title")} data-testid="contribution-form">
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("contribution.hint")}</Typography.Text>
        <Input.TextArea autoSize={{ minRows: 3 }} value={text} onChange={(event) => setText(event.target.value)} placeholder={t("contribution.text")} />
        {parsed.map(({ target, value }) => (
          <Form.Item
            key={target.id}
            label={target.metric ?? target.quote}
            layout="vertical"
            style={{ marginBottom: 0 }}
            validateStatus={value === "invalid" ? "error" : undefined}
            help={value === "invalid" ? t("report.valueInvalid") : undefined}
          >
            <Input
              value={values[target.id] ?? ""}
              suffix={target.unit ?? undefined}
              inputMode="decimal"
              onChange={(event) => setValues((current) => ({ ...current, [target.id]: event.target.value }))}
            />
          </Form.Item>
        ))}
        <Button type="primary" icon={<SendOutlined />} disabled={!text.trim() || invalid} loading={send.isPending} onClick={() => send.mutate()}>
          {t("contribution.send")}
        </Button>
      </Space>
    </Card>
  );
}
