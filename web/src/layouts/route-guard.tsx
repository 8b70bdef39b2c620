/** Renders a page when the user's access flag allows it, else a 403 result; keeps the document title in step. */
import { Result, Spin } from "antd";
import { Suspense, useEffect } from "react";
import { accessFor } from "../access.ts";
import { useI18n } from "../locales/i18n.tsx";
import type { AppRoute } from "../routes.tsx";
import { useSession } from "../session.tsx";

/** The page for one route, or a 403 when the role may not open it. */
export function RouteGuard({ route }: { route: AppRoute }) {
  const { user } = useSession();
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${t(route.titleKey)} · ${t("app.name")}`;
  }, [route.titleKey, t]);
  if (!accessFor(user)[route.access]) {
    return <Result status="403" title="403" subTitle={t("common.forbidden")} />;
  }
  const Page = route.page;
  return (
    <Suspense fallback={<Spin size="large" className="page-spin" />}>
      <Page />
    </Suspense>
  );
}
