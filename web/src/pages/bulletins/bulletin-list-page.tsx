/** Every bulletin the user may see (supervisors also see drafts), newest first, with its round. */
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Table } from "antd";
import { Link } from "react-router-dom";
import { type Bulletin, bulletinKeys, bulletinsApi } from "../../api/bulletins.ts";
import { QueryView } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { BulletinStatusTag } from "./bulletin-status.tsx";

/** The bulletins page. */
export default function BulletinListPage() {
  const { t } = useI18n();
  const bulletins = useQuery({ queryKey: bulletinKeys.all, queryFn: () => bulletinsApi.list() });
  return (
    <Card title={t("menu.bulletins")}>
      <QueryView query={bulletins} isEmpty={(rows) => rows.length === 0} emptyText={t("bulletins.empty")}>
        {(rows) => (
          <Table<Bulletin>
            rowKey="id"
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            columns={[
              { title: t("bulletins.field.title"), render: (_, row) => <Link to={`/bulletins/${row.id}`}>{row.title}</Link> },
              { title: t("bulletins.field.status"), width: 120, render: (_, row) => <BulletinStatusTag bulletin={row} /> },
              { title: t("bulletins.field.publishedOn"), dataIndex: "publishedOn", width: 130, render: (value: string | null) => value ?? "—" },
              {
                title: t("common.actions"),
                width: 90,
                render: (_, row) => (
                  <Link to={`/bulletins/${row.id}`}>
                    <Button size="small">{t("common.open")}</Button>
                  </Link>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
