/** Admin: reporting settings (tolerance, plausibility), the reminder schedule, and the e-mail and webhook channels. */
import { SaveOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from "antd";
import { reportingKeys, settingsApi } from "../../api/reporting.ts";
import { type Settings, type SettingsInput, WEBHOOK_FORMATS } from "../../api/reporting-types.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** The form shows percentages where the API stores fractions. */
interface SettingsForm extends Omit<Settings, "tolerance" | "plausibilityThreshold" | "email"> {
  /** the SMTP password field starts empty; left empty it keeps the stored one */
  email: Settings["email"] & { password?: string };
  tolerancePercent: number;
  plausibilityPercent: number;
}

function toForm(settings: Settings): SettingsForm {
  const { tolerance, plausibilityThreshold, ...rest } = settings;
  return {
    ...rest,
    email: { ...settings.email, password: "" },
    tolerancePercent: Math.round(tolerance * 1000) / 10,
    plausibilityPercent: Math.round(plausibilityThreshold * 1000) / 10,
  };
}

function fromForm(form: SettingsForm): SettingsInput {
  const { tolerancePercent, plausibilityPercent, ...rest } = form;
  const { passwordSet: _set, ...email } = rest.email;
  return {
    ...rest,
    email: { ...email, password: email.password ?? "" },
    tolerance: tolerancePercent / 100,
    plausibilityThreshold: plausibilityPercent / 100,
  };
}

/** The settings page. */
export default function SettingsPage() {
  const settings = useQuery({ queryKey: reportingKeys.settings, queryFn: settingsApi.get });
  return <QueryView query={settings}>{(value) => <SettingsEditor value={value} />}</QueryView>;
}

function SettingsEditor({ value }: { value: Settings }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (form: SettingsForm) => settingsApi.put(fromForm(form)),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportingKeys.settings, saved);
      void message.success(t("common.saved"));
    },
    onError: showError,
  });
  return (
    <Form<SettingsForm> layout="vertical" initialValues={toForm(value)} onFinish={(form) => save.mutate(form)}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t("settings.status")} size="small" style={{ height: "100%" }}>
            <Form.Item name="tolerancePercent" label={t("settings.tolerance")} extra={t("settings.toleranceHint")}>
              <InputNumber min={0} max={100} step={0.5} suffix="%" style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="plausibilityPercent" label={t("settings.plausibility")} extra={t("settings.plausibilityHint")}>
              <InputNumber min={1} max={1000} step={5} suffix="%" style={{ width: 160 }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t("settings.reminders")} size="small" style={{ height: "100%" }}>
            <Form.Item
              name={["reminders", "beforeDays"]}
              label={t("settings.beforeDays")}
              extra={t("settings.beforeDaysHint")}
              getValueFromEvent={(values: (string | number)[]) => values.map(Number).filter((day) => Number.isInteger(day) && day >= 0)}
            >
              <Select mode="tags" open={false} style={{ width: "100%" }} />
            </Form.Item>
            <Form.Item name={["reminders", "escalateAfterDays"]} label={t("settings.escalateAfterDays")}>
              <InputNumber min={1} max={365} suffix={t("settings.days")} style={{ width: 160 }} />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t("settings.email")} size="small" style={{ height: "100%" }}>
            <Form.Item name={["email", "enabled"]} label={t("settings.enabled")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Row gutter={8}>
              <Col span={16}>
                <Form.Item name={["email", "host"]} label={t("settings.smtpHost")}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={["email", "port"]} label={t("settings.smtpPort")}>
                  <InputNumber min={1} max={65535} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={["email", "secure"]} label={t("settings.smtpSecure")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Row gutter={8}>
              <Col span={12}>
                <Form.Item name={["email", "user"]} label={t("settings.smtpUser")}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name={["email", "password"]}
                  label={t("settings.smtpPassword")}
                  extra={value.email.passwordSet ? t("settings.passwordKept") : undefined}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name={["email", "from"]} label={t("settings.smtpFrom")}>
              <Input />
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t("settings.webhook")} size="small" style={{ height: "100%" }}>
            <Form.Item name={["webhook", "enabled"]} label={t("settings.enabled")} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={["webhook", "format"]} label={t("settings.webhookFormat")}>
              <Select options={WEBHOOK_FORMATS.map((format) => ({ value: format, label: t(`settings.format.${format}`) }))} />
            </Form.Item>
            <Form.Item name={["webhook", "url"]} label={t("settings.webhookUrl")}>
              <Input placeholder="https://" />
            </Form.Item>
          </Card>
        </Col>
      </Row>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
          {t("common.save")}
        </Button>
      </Space>
    </Form>
  );
}
