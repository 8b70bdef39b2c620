/** The signed-in frame: navigation filtered by role, the page title, the language switch and the user menu. */
import { BellOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Avatar, Badge, Button, Dropdown, Layout, Menu, type MenuProps, Segmented, Spin, Typography } from "antd";
import { useState } from "react";
import { Navigate, Outlet, matchPath, useLocation, useNavigate } from "react-router-dom";
import { accessFor } from "../access.ts";
import { notificationsApi, reportingKeys } from "../api/reporting.ts";
import { type Locale, useI18n } from "../locales/i18n.tsx";
import { routes } from "../routes.tsx";
import { useSession } from "../session.tsx";

const { Sider, Header, Content } = Layout;

/** The layout every signed-in page renders inside; sends visitors without a session to /login. */
export function AppLayout() {
  const { user, loading, signOut } = useSession();
  const { t, locale, setLocale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const notifications = useQuery({
    queryKey: reportingKeys.notifications,
    queryFn: notificationsApi.list,
    enabled: Boolean(user),
    refetchInterval: 60_000,
  });
  const unread = (notifications.data ?? []).filter((notification) => !notification.read).length;

  if (loading) return <Spin size="large" className="page-spin" />;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }

  const access = accessFor(user);
  const visible = routes.filter((route) => route.menu && access[route.access]);
  const toItem = (route: (typeof routes)[number]) => ({
    key: route.path,
    icon: route.menu?.icon,
    label: t(route.titleKey),
  });
  const main = visible.filter((route) => route.menu?.group !== "admin").map(toItem);
  const admin = visible.filter((route) => route.menu?.group === "admin").map(toItem);
  const adminGroup: MenuProps["items"] = collapsed
    ? [{ type: "divider", key: "admin-divider" }, ...admin]
    : [{ type: "group", key: "admin", label: t("menu.admin"), children: admin }];
  const items: MenuProps["items"] = admin.length ? [...main, ...adminGroup] : main;
  const selected = visible
    .filter((route) => location.pathname === route.path || location.pathname.startsWith(`${route.path}/`))
    .map((route) => route.path);
  const current = routes.find((route) => matchPath(route.path, location.pathname));

  const userMenu: MenuProps["items"] = [
    { key: "role", label: t(`roles.${user.role}`), disabled: true, icon: <UserOutlined /> },
    { type: "divider" },
    { key: "logout", label: t("auth.logout"), icon: <LogoutOutlined />, danger: true },
  ];
  const onUserMenu: MenuProps["onClick"] = async ({ key }) => {
    if (key !== "logout") return;
    await signOut();
    navigate("/login", { replace: true });
  };

  return (
    <Layout className="app-shell">
      <Sider
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={208}
        theme="light"
        className="app-sider"
      >
        <div className="app-brand" data-testid="brand">
          <span className="app-brand-mark">{t("app.mark")}</span>
          {!collapsed && <span className="app-brand-name">{t("app.name")}</span>}
        </div>
        <Menu mode="inline" items={items} selectedKeys={selected} onClick={({ key }) => navigate(key)} />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Title level={4} className="app-title" ellipsis>
            {current ? t(current.titleKey) : ""}
          </Typography.Title>
          <div className="app-header-tools">
            <Segmented<Locale>
              size="small"
              value={locale}
              onChange={setLocale}
              options={[
                { label: t("locale.zh"), value: "zh-CN" },
                { label: t("locale.en"), value: "en-US" },
              ]}
            />
            <Badge count={unread} size="small" offset={[-4, 4]}>
              <Button
                type="text"
                icon={<BellOutlined />}
                aria-label={t("menu.notifications")}
                onClick={() => navigate("/notifications")}
                data-testid="bell"
              />
            </Badge>
            <Dropdown menu={{ items: userMenu, onClick: onUserMenu }} placement="bottomRight">
              <span className="app-user" data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} />
                <span className="app-user-name">{user.displayName}</span>
              </span>
            </Dropdown>
          </div>
        </Header>
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
