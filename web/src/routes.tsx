/** The one table of pages: path, menu title key, icon, the access flag that opens it, and the lazily loaded page. */
import {
  AppstoreOutlined,
  AuditOutlined,
  BellOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InboxOutlined,
  PartitionOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from "@ant-design/icons";
import { type ComponentType, lazy, type LazyExoticComponent, type ReactNode } from "react";
import type { QueryClient } from "@tanstack/react-query";
import type { AccessFlag } from "./access.ts";
import { statusApi, statusKeys } from "./api/status.ts";
import type { MessageKey } from "./locales/i18n.tsx";

/** One page of the app. Pages without `menu` are reached by links (e.g. a plan's review screen). */
export interface AppRoute {
  path: string;
  titleKey: MessageKey;
  access: AccessFlag;
  page: LazyExoticComponent<ComponentType>;
  /** starts loading the page's code (the same promise `page` waits for) */
  load: () => Promise<unknown>;
  /** starts the page's first requests, for when it is the page being opened */
  prefetch?: (client: QueryClient) => void;
  menu?: { icon: ReactNode; group?: "admin" };
}

/** A lazily loaded page whose code can also be fetched ahead of rendering. */
function lazyPage(importer: () => Promise<{ default: ComponentType }>): Pick<AppRoute, "page" | "load"> {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const load = () => (loading ??= importer());
  return { page: lazy(load), load };
}

export const routes: AppRoute[] = [
  {
    path: "/dashboard",
    titleKey: "menu.dashboard",
    access: "canViewDashboard",
    ...lazyPage(() => import("./pages/dashboard/dashboard-page.tsx")),
    prefetch: (client) => {
      void client.prefetchQuery({ queryKey: statusKeys.dashboard({}), queryFn: () => statusApi.dashboard({}) });
      void client.prefetchQuery({ queryKey: statusKeys.status({}), queryFn: () => statusApi.status({}) });
    },
    menu: { icon: <DashboardOutlined /> },
  },
  {
    path: "/inbox",
    titleKey: "menu.inbox",
    access: "canReport",
    ...lazyPage(() => import("./pages/inbox/inbox-page.tsx")),
    menu: { icon: <InboxOutlined /> },
  },
  {
    path: "/reports/:id",
    titleKey: "menu.report",
    access: "signedIn",
    ...lazyPage(() => import("./pages/reports/report-page.tsx")),
  },
  {
    path: "/plans",
    titleKey: "menu.plans",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/plans/plan-list-page.tsx")),
    menu: { icon: <AppstoreOutlined /> },
  },
  {
    path: "/plans/:id",
    titleKey: "menu.plan",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/plans/plan-view-page.tsx")),
  },
  {
    path: "/plans/:id/review",
    titleKey: "menu.review",
    access: "canManagePlans",
    ...lazyPage(() => import("./pages/review/review-page.tsx")),
  },
  {
    path: "/import",
    titleKey: "menu.import",
    access: "canManagePlans",
    ...lazyPage(() => import("./pages/import/import-page.tsx")),
    menu: { icon: <CloudUploadOutlined /> },
  },
  {
    path: "/rounds",
    titleKey: "menu.rounds",
    access: "canManagePlans",
    ...lazyPage(() => import("./pages/rounds/rounds-page.tsx")),
    menu: { icon: <ScheduleOutlined /> },
  },
  {
    path: "/reviews",
    titleKey: "menu.reviews",
    access: "canManagePlans",
    ...lazyPage(() => import("./pages/reviews/review-queue-page.tsx")),
    menu: { icon: <AuditOutlined /> },
  },
  {
    path: "/bulletins",
    titleKey: "menu.bulletins",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/bulletins/bulletin-list-page.tsx")),
    menu: { icon: <FileTextOutlined /> },
  },
  {
    path: "/bulletins/:id",
    titleKey: "menu.bulletin",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/bulletins/bulletin-page.tsx")),
  },
  {
    path: "/assessment",
    titleKey: "menu.assessment",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/assessment/assessment-page.tsx")),
    menu: { icon: <TrophyOutlined /> },
  },
  {
    path: "/assessment/:planId",
    titleKey: "menu.assessment",
    access: "canViewPlans",
    ...lazyPage(() => import("./pages/assessment/assessment-page.tsx")),
  },
  {
    path: "/notifications",
    titleKey: "menu.notifications",
    access: "signedIn",
    ...lazyPage(() => import("./pages/notifications/notifications-page.tsx")),
    menu: { icon: <BellOutlined /> },
  },
  {
    path: "/admin/users",
    titleKey: "menu.users",
    access: "isAdmin",
    ...lazyPage(() => import("./pages/admin/users-page.tsx")),
    menu: { icon: <TeamOutlined />, group: "admin" },
  },
  {
    path: "/admin/units",
    titleKey: "menu.units",
    access: "canManageUnits",
    ...lazyPage(() => import("./pages/admin/units-page.tsx")),
    menu: { icon: <PartitionOutlined />, group: "admin" },
  },
  {
    path: "/admin/settings",
    titleKey: "menu.settings",
    access: "isAdmin",
    ...lazyPage(() => import("./pages/admin/settings-page.tsx")),
    menu: { icon: <SettingOutlined />, group: "admin" },
  },
];
