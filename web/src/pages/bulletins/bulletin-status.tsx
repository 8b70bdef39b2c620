/** A bulletin's status tag: 草稿 (numbers still live) or 已发布 (frozen). */
import { LockOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { Bulletin } from "../../api/bulletins.ts";
import { useI18n } from "../../locales/i18n.tsx";

/** The tag shown beside a bulletin's title. */
export function BulletinStatusTag({ bulletin }: { bulletin: Bulletin }) {
  const { t } = useI18n();
  return bulletin.status === "published" ? (
    <Tag color="green" icon={<LockOutlined />} data-testid="bulletin-frozen">
      {t("bulletins.status.published")}
    </Tag>
  ) : (
    <Tag color="gold">{t("bulletins.status.draft")}</Tag>
  );
}
