/** The one table of pages: path, menu title key, icon, the access flag that opens it, and the lazily loaded page. */
import {
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  InboxOutlined,
  PartitionOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { type ComponentType, lazy, type LazyExoticComponent, type ReactNode } from "react";
import type { AccessFlag } from "./access.ts";
import type { MessageKey } from "./locales/i18n.tsx";

/** One page of the app. Pages without `menu` are reached by links (e.g. a plan's review screen). */
export interface AppRoute {
  path: string;
  titleKey: MessageKey;
  access: AccessFlag;
  page: LazyExoticComponent<ComponentType>;
  menu?: { icon: ReactNode; group?: "admin" };
}

export const routes: AppRoute[] = [
  {
    path: "/dashboard",
    titleKey: "menu.dashboard",
    access: "canViewDashboard",
    page: lazy(() => import("./pages/dashboard/dashboard-page.tsx")),
    menu: { icon: <DashboardOutlined /> },
  },
  {
    path: "/inbox",
    titleKey: "menu.inbox",
    access: "canReport",
    page: lazy(() => import("./pages/inbox/inbox-page.tsx")),
    menu: { icon: <InboxOutlined /> },
  },
  {
    path: "/reports/:id",
    titleKey: "menu.report",
    access: "signedIn",
    page: lazy(() => import("./pages/reports/report-page.tsx")),
  },
  {
    path: "/plans",
    titleKey: "menu.plans",
    access: "canViewPlans",
    page: lazy(() => import("./pages/plans/plan-list-page.tsx")),
    menu: { icon: <AppstoreOutlined /> },
  },
  {
    path: "/plans/:id",
    titleKey: "menu.plan",
    access: "canViewPlans",
    page: lazy(() => import("./pages/plans/plan-view-page.tsx")),
  },
  {
    path: "/plans/:id/review",
    titleKey: "menu.review",
    access: "canManagePlans",
    page: lazy(() => import("./pages/review/review-page.tsx")),
  },
  {
    path: "/import",
    titleKey: "menu.import",
    access: "canManagePlans",
    page: lazy(() => import("./pages/import/import-page.tsx")),
    menu: { icon: <CloudUploadOutlined /> },
  },
  {
    path: "/rounds",
    titleKey: "menu.rounds",
    access: "canManagePlans",
    page: lazy(() => import("./pages/rounds/rounds-page.tsx")),
    menu: { icon: <ScheduleOutlined /> },
  },
  {
    path: "/reviews",
    titleKey: "menu.reviews",
    access: "canManagePlans",
    page: lazy(() => import("./pages/reviews/review-queue-page.tsx")),
    menu: { icon: <AuditOutlined /> },
  },
  {
    path: "/notifications",
    titleKey: "menu.notifications",
    access: "signedIn",
    page: lazy(() => import("./pages/notifications/notifications-page.tsx")),
    menu: { icon: <BellOutlined /> },
  },
  {
    path: "/admin/users",
    titleKey: "menu.users",
    access: "isAdmin",
    page: lazy(() => import("./pages/admin/users-page.tsx")),
    menu: { icon: <TeamOutlined />, group: "admin" },
  },
  {
    path: "/admin/units",
    titleKey: "menu.units",
    access: "canManageUnits",
    page: lazy(() => import("./pages/admin/units-page.tsx")),
    menu: { icon: <PartitionOutlined />, group: "admin" },
  },
  {
    path: "/admin/settings",
    titleKey: "menu.settings",
    access: "isAdmin",
    page: lazy(() => import("./pages/admin/settings-page.tsx")),
    menu: { icon: <SettingOutlined />, group: "admin" },
  },
];
