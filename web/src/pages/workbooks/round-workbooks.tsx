/** A reporter's Excel route: for each open round and each of its units, download the pre-filled workbook or read a filled one back. */
import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Space, Table } from "antd";
import { useMemo, useState } from "react";
import { directoryKeys, unitsApi } from "../../api/directory.ts";
import { exportsApi } from "../../api/exports.ts";
import type { InboxEntry } from "../../api/reporting-types.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { WorkbookImportModal } from "./workbook-import.tsx";

interface Row {
  key: string;
  roundId: string;
  period: string;
  deadline: string;
  unitId: string;
}

/** One row per (round, unit) found in the inbox entries. */
export function workbookRows(entries: InboxEntry[]): Row[] {
  const rows = new Map<string, Row>();
  for (const entry of entries) {
    const key = `${entry.roundId}|${entry.unitId}`;
    if (!rows.has(key)) rows.set(key, { key, roundId: entry.roundId, period: entry.period, deadline: entry.deadline, unitId: entry.unitId });
  }
  return [...rows.values()];
}

/** The "fill in Excel" card under the inbox. */
export function RoundWorkbooks({ entries }: { entries: InboxEntry[] }) {
  const { t } = useI18n();
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  const unitName = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const rows = useMemo(() => workbookRows(entries), [entries]);
  const [importing, setImporting] = useState<Row | null>(null);
  if (rows.length === 0) return null;
  const titleOf = (row: Row) => `${row.period} · ${unitName.get(row.unitId) ?? ""}`;
  return (
    <Card title={t("workbooks.title")} size="small" extra={t("workbooks.hint")}>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t("inbox.field.round"), dataIndex: "period", width: 120 },
          { title: t("rounds.field.unit"), render: (_, row) => unitName.get(row.unitId) ?? "…" },
          { title: t("rounds.field.deadline"), dataIndex: "deadline", width: 120 },
          {
            title: t("common.actions"),
            width: 320,
            render: (_, row) => (
              <Space wrap>
                <Button size="small" icon={<DownloadOutlined />} href={exportsApi.unitWorkbookUrl(row.roundId, row.unitId)} data-testid="workbook-download">
                  {t("workbooks.download")}
                </Button>
                <Button size="small" icon={<UploadOutlined />} onClick={() => setImporting(row)} data-testid="workbook-upload">
                  {t("workbooks.upload")}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {importing && (
        <WorkbookImportModal roundId={importing.roundId} unitId={importing.unitId} title={titleOf(importing)} onClose={() => setImporting(null)} />
      )}
    </Card>
  );
}
