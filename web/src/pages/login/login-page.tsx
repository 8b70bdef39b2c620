/** Sign in with username and password; on success go to the page asked for, else the role's home. */
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Segmented, Space, Typography } from "antd";
import { useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { homePath } from "../../access.ts";
import { errorMessage } from "../../api/errors.ts";
import { type Locale, useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";

interface Credentials {
  username: string;
  password: string;
}

/** The login screen. */
export function LoginPage() {
  const { t, locale, setLocale } = useI18n();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = params.get("next");

  if (user) return <Navigate to={next?.startsWith("/") ? next : homePath(user)} replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      const signedIn = await signIn(username.trim(), password);
      navigate(next?.startsWith("/") ? next : homePath(signedIn), { replace: true });
    } catch (caught) {
      setError(errorMessage(caught, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <Space orientation="vertical" size="large" style={{ width: "100%" }}>
          <div className="toolbar" style={{ marginBottom: 0 }}>
            <Space>
              <span className="app-brand-mark">{t("app.mark")}</span>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t("app.name")}
              </Typography.Title>
            </Space>
            <Segmented<Locale>
              size="small"
              value={locale}
              onChange={setLocale}
              options={[
                { label: t("locale.zh"), value: "zh-CN" },
                { label: t("locale.en"), value: "en-US" },
              ]}
            />
          </div>
          <Typography.Text type="secondary">{t("login.subtitle")}</Typography.Text>
          {error && <Alert type="error" title={error} showIcon />}
          <Form<Credentials> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
            <Form.Item name="username" label={t("login.username")} rules={[{ required: true, message: t("login.usernameRequired") }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t("login.password")} rules={[{ required: true, message: t("login.passwordRequired") }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t("login.submit")}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
