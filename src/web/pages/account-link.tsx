/**
 * The page a one-time link opens (/account-link#token): greets the person, and lets them choose a
 * password. The token sits in the fragment, which browsers never send to a server.
 */
import { useEffect, useState } from "react";
import { Alert, Button, Card, Form, Input, Result, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../api.ts";
import { SignInTop } from "./sign-in-top.tsx";

interface LinkInfo {
  email: string;
  displayName: string;
  purpose: "invite" | "reset";
  expiresAt: string;
}

export function AccountLinkPage() {
  const { t } = useTranslation();
  const [token] = useState(() => window.location.hash.replace(/^#/, ""));
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (token.length < 20) {
      setInvalid(true);
      return;
    }
    api<LinkInfo>("/api/account-links/read", { method: "POST", body: { token } })
      .then(setInfo)
      .catch(() => setInvalid(true));
  }, [token]);

  const submit = async (values: { password: string }) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await api("/api/account-links/accept", { method: "POST", body: { token, password: values.password } });
      // The link is spent: take it out of the address bar and the history.
      window.history.replaceState(null, "", "/account-link");
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 410) setInvalid(true);
      else setError(e instanceof ApiError ? e.message : t("common.networkError"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in-page" id="main">
      <SignInTop />
      <div className="sign-in-columns">
        <Card className="sign-in-card" data-testid="account-link-page">
          {invalid ? (
            <Result
              status="warning"
              title={
                <Typography.Title level={1} className="sign-in-title">
                  {t("accountLink.title")}
                </Typography.Title>
              }
              subTitle={t("accountLink.invalid")}
              extra={<Button href="/sign-in">{t("accountLink.toSignIn")}</Button>}
            />
          ) : done ? (
            <Result
              status="success"
              title={
                <Typography.Title level={1} className="sign-in-title">
                  {t("accountLink.done")}
                </Typography.Title>
              }
              extra={
                <Button type="primary" href="/sign-in" data-testid="account-link-sign-in">
                  {t("accountLink.toSignIn")}
                </Button>
              }
            />
          ) : (
            <>
              <Typography.Title level={1} className="sign-in-title">
                {t(info?.purpose === "reset" ? "accountLink.resetTitle" : "accountLink.title")}
              </Typography.Title>
              {info && (
                <Typography.Paragraph strong>
                  {t("accountLink.greeting", { name: info.displayName, email: info.email })}
                </Typography.Paragraph>
              )}
              <Typography.Paragraph type="secondary">{t("accountLink.rules")}</Typography.Paragraph>
              {error && <Alert type="error" showIcon message={error} role="alert" className="gap-bottom" />}
              <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={!info || busy}>
                {/* The e-mail as a username field lets password managers store the new password. */}
                <input type="email" name="username" autoComplete="username" value={info?.email ?? ""} readOnly hidden />
                <Form.Item
                  name="password"
                  label={t("accountLink.password")}
                  rules={[{ required: true, min: 12, message: t("accountLink.rules") }]}
                >
                  <Input.Password autoComplete="new-password" data-testid="account-link-password" />
                </Form.Item>
                <Form.Item
                  name="repeat"
                  label={t("accountLink.repeat")}
                  dependencies={["password"]}
                  rules={[
                    { required: true, message: t("accountLink.mismatch") },
                    ({ getFieldValue }) => ({
                      validator: (_, v) =>
                        v === getFieldValue("password")
                          ? Promise.resolve()
                          : Promise.reject(new Error(t("accountLink.mismatch"))),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" data-testid="account-link-repeat" />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  block
                  size="large"
                  loading={busy}
                  data-testid="account-link-submit"
                >
                  {t("accountLink.submit")}
                </Button>
              </Form>
            </>
          )}
        </Card>
      </div>
    </main>
  );
}
