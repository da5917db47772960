/** Sign-in: e-mail and password; in demo mode the demo accounts are listed and fill the form in one click. */
import { useEffect, useState } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { Alert, Button, Card, Divider, Form, Input, List, Tag, Typography } from "antd";
import { LockOutlined, MailOutlined, SafetyCertificateOutlined, UserOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api.ts";
import { homeFor, useAuth } from "../auth.tsx";
import { useLang } from "../locale.tsx";
import { SignInTop } from "./sign-in-top.tsx";
import { pickName } from "../format.ts";
import type { DemoAccount } from "../types.ts";

interface IdentityProvider {
  id: string;
  label: string;
  start: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { me, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<{ email: string; password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<DemoAccount[]>([]);
  const [providers, setProviders] = useState<IdentityProvider[]>([]);
  // The identity provider's callback comes back here with an error code, never with details.
  const providerError = new URLSearchParams(location.search).get("error");
  const knownProviderError =
    providerError === "identity_without_account" || providerError === "identity_failed" ? providerError : null;

  useEffect(() => {
    // Only a demo installation answers; otherwise the list simply stays hidden.
    api<DemoAccount[]>("/api/auth/demo-accounts")
      .then(setDemo)
      .catch(() => setDemo([]));
    // eGov (OpenID Connect) sign-in is offered only where it is configured.
    api<{ providers: IdentityProvider[] }>("/api/auth/providers")
      .then((r) => setProviders(r.providers))
      .catch(() => setProviders([]));
  }, []);

  if (me) return <Navigate to={homeFor(me.role)} replace />;

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const who = await signIn(values.email, values.password);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== "/sign-in" ? from : homeFor(who.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t("common.networkError"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in-page" id="main">
      <SignInTop />
      <div className="sign-in-columns">
        <Card className="sign-in-card">
          <Typography.Title level={1} className="sign-in-title">
            {t("auth.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("auth.intro")}</Typography.Paragraph>
          {error && <Alert type="error" showIcon message={error} role="alert" className="gap-bottom" />}
          {!error && knownProviderError && (
            <Alert
              type="error"
              showIcon
              message={t(`auth.error.${knownProviderError}`)}
              role="alert"
              className="gap-bottom"
            />
          )}
          {providers.map((p) => (
            <div key={p.id} className="gap-bottom">
              <Button
                block
                size="large"
                icon={<SafetyCertificateOutlined aria-hidden />}
                href={p.start}
                data-testid={`sign-in-${p.id}`}
              >
                {t("auth.signInWith", { provider: p.label })}
              </Button>
              <Divider plain>{t("auth.or")}</Divider>
            </div>
          ))}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item
              name="email"
              label={t("auth.email")}
              rules={[{ required: true, message: t("auth.emailRequired") }]}
            >
              <Input prefix={<MailOutlined aria-hidden />} autoComplete="username" type="email" size="large" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("auth.password")}
              rules={[{ required: true, message: t("auth.passwordRequired") }]}
            >
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t("auth.signIn")}
            </Button>
          </Form>
          <Typography.Paragraph className="sign-in-portal">
            {t("auth.citizens")} <a href="/portal">{t("footer.portal")}</a>
          </Typography.Paragraph>
        </Card>
        {demo.length > 0 && (
          <Card className="demo-card" title={t("auth.demoTitle")}>
            <Typography.Paragraph type="secondary">{t("auth.demoIntro")}</Typography.Paragraph>
            <List
              dataSource={demo}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button
                      key="use"
                      data-testid={`demo-${a.email}`}
                      onClick={() => {
                        form.setFieldsValue({ email: a.email, password: a.password });
                        void submit({ email: a.email, password: a.password });
                      }}
                    >
                      {t("auth.useAccount")}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    avatar={<UserOutlined aria-hidden />}
                    title={
                      <span>
                        {t(`role.${a.role}`)} {a.bodyName && <Tag>{pickName(a.bodyName, lang)}</Tag>}
                      </span>
                    }
                    description={a.email}
                  />
                </List.Item>
              )}
            />
            <Typography.Text type="secondary">
              {t("auth.demoPassword")}: <code>{demo[0]?.password}</code>
            </Typography.Text>
          </Card>
        )}
      </div>
    </main>
  );
}
