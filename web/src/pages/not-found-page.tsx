/** Shown for a path no route matches. */
import { Button, Result } from "antd";
import { Link } from "react-router-dom";
import { useI18n } from "../locales/i18n.tsx";

/** The 404 page with a way home. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t("common.notFound")}
      extra={
        <Link to="/">
          <Button type="primary">{t("common.backHome")}</Button>
        </Link>
      }
    />
  );
}
