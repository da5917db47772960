/** The workspace frame: Pikir's header, the role's navigation, the language switch and the user. */
import { Suspense } from "react";
import { Outlet, useLocation, useNavigate, Link } from "react-router-dom";
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from "antd";
import {
  AuditOutlined,
  CheckSquareOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileTextOutlined,
  FileSearchOutlined,
  FundOutlined,
  InboxOutlined,
  CloudUploadOutlined,
  MailOutlined,
  SolutionOutlined,
  LogoutOutlined,
  ProjectOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { isBodyRole, useAuth } from "../auth.tsx";
import { BrandText } from "./brand.tsx";
import { LanguageSwitch, useLang } from "../locale.tsx";
import { pickName } from "../format.ts";
import { NotificationBell } from "./notification-bell.tsx";
import type { Role } from "../types.ts";

function menuFor(role: Role, t: (key: string) => string) {
  if (isBodyRole(role)) {
    return [
      { key: "/body", icon: <ProjectOutlined />, label: t("nav.overview") },
      { key: "/inbox", icon: <InboxOutlined />, label: t("nav.inbox") },
      { key: "/awaiting", icon: <CheckSquareOutlined />, label: t("awaiting.title") },
      { key: "/imports", icon: <CloudUploadOutlined />, label: t("nav.imports") },
      { key: "/evidence", icon: <FileSearchOutlined />, label: t("nav.evidence") },
      { key: "/submissions", icon: <FundOutlined />, label: t("nav.bodyEvaluation") },
      { key: "/analysis", icon: <BarChartOutlined />, label: t("nav.analysis") },
      { key: "/calendar", icon: <CalendarOutlined />, label: t("nav.calendar") },
      { key: "/review", icon: <SolutionOutlined />, label: t("nav.review") },
      { key: "/documents", icon: <FileTextOutlined />, label: t("nav.documents") },
      { key: "/messages", icon: <MailOutlined />, label: t("nav.messages") },
    ];
  }
  if (role === "ministry_analyst") {
    return [
      { key: "/evaluation", icon: <FundOutlined />, label: t("nav.evaluation") },
      { key: "/inbox", icon: <InboxOutlined />, label: t("nav.allFeedback") },
      { key: "/imports", icon: <CloudUploadOutlined />, label: t("nav.imports") },
      { key: "/analysis", icon: <BarChartOutlined />, label: t("nav.analysis") },
      { key: "/calendar", icon: <CalendarOutlined />, label: t("nav.calendar") },
      { key: "/review", icon: <SolutionOutlined />, label: t("nav.review") },
      { key: "/documents", icon: <FileTextOutlined />, label: t("nav.documents") },
      { key: "/messages", icon: <MailOutlined />, label: t("nav.messages") },
    ];
  }
  return [
    { key: "/admin/bodies", icon: <BankOutlined />, label: t("nav.bodies") },
    { key: "/admin/users", icon: <TeamOutlined />, label: t("nav.users") },
    { key: "/inbox", icon: <InboxOutlined />, label: t("nav.allFeedback") },
    { key: "/messages", icon: <MailOutlined />, label: t("nav.messages") },
  ];
}

export function Shell() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { me, profile, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const items = menuFor(me!.role, t);
  const selected = items
    .map((i) => i.key)
    .filter((k) => location.pathname.startsWith(k))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="brand" title={t("brand.home")}>
          <BrandText />
        </Link>
        <Space size="middle" className="header-right">
          <LanguageSwitch dark />
          <NotificationBell />
          <span className="user-box" data-testid="current-user">
            <Typography.Text className="user-name">{profile?.displayName ?? me!.email}</Typography.Text>
            <Tag color="blue" className="role-tag">
              {t(`role.${me!.role}`)}
            </Tag>
          </span>
          <Button
            type="text"
            className="header-button"
            icon={<LogoutOutlined />}
            onClick={async () => {
              await signOut();
              navigate("/sign-in");
            }}
          >
            {t("auth.signOut")}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={264} breakpoint="lg" collapsedWidth={0} theme="light" className="shell-sider">
          {profile?.body && (
            <div className="sider-body" title={pickName(profile.body.name, lang)}>
              <AuditOutlined aria-hidden /> <span>{pickName(profile.body.name, lang)}</span>
            </div>
          )}
          <nav aria-label={t("nav.label")}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={items}
              onClick={({ key }) => navigate(key)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main" tabIndex={-1} className="shell-content">
          <Suspense
            fallback={
              <div className="page-loading">
                <Spin size="large" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <Layout.Footer className="shell-footer">
        {t("footer.text")} · <a href="/portal">{t("footer.portal")}</a> · <a href="/api/docs">API</a>
      </Layout.Footer>
    </Layout>
  );
}
