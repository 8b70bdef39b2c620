/**
 * Reading a filled round workbook back: pick the file, a dry run lists every error by sheet, row and column and
 * every report it would change; only a clean file can be imported, and the result is shown.
 */
import { InboxOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Result, Space, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { exportsApi, type WorkbookError, type WorkbookImport } from "../../api/exports.ts";
import { reportingKeys } from "../../api/reporting.ts";
import { useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

interface Props {
  roundId: string;
  unitId: string;
  title: string;
  onClose: () => void;
}

/** The import dialog for one unit's workbook of one round. */
export function WorkbookImportModal({ roundId, unitId, title, onClose }: Props) {
  const { t, locale } = useI18n();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (picked: File) => exportsApi.importWorkbook(roundId, unitId, picked, true), onError: showError });
  const commit = useMutation({
    mutationFn: (picked: File) => exportsApi.importWorkbook(roundId, unitId, picked, false),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: reportingKeys.inbox }),
    onError: showError,
  });
  const pick = (picked: File) => {
    setFile(picked);
    commit.reset();
    check.mutate(picked);
    return false;
  };
  const checked = check.data;
  const done = commit.data;
  const canImport = file !== null && checked !== undefined && checked.errors.length === 0 && checked.changes.length > 0;

  return (
    <Modal
      open
      width={900}
      title={t("workbooks.importTitle", { title })}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t("common.close")}</Button>
          {!done && (
            <Button type="primary" disabled={!canImport} loading={commit.isPending} onClick={() => file && commit.mutate(file)} data-testid="workbook-confirm">
              {t("workbooks.confirm")}
            </Button>
          )}
        </Space>
      }
    >
      {done ? (
        <Result
          status="success"
          title={t("workbooks.imported", { changed: done.changes.length, unchanged: done.unchanged })}
          subTitle={t("workbooks.importedHint")}
        />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Upload.Dragger accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={pick} data-testid="workbook-file">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{file ? file.name : t("workbooks.pick")}</p>
            <Typography.Text type="secondary">{t("workbooks.pickHint")}</Typography.Text>
          </Upload.Dragger>
          {check.isPending && <Alert type="info" showIcon title={t("workbooks.checking")} />}
          {checked && <DryRun result={checked} messageOf={(error) => (locale === "zh-CN" ? error.message : error.messageEn)} />}
        </Space>
      )}
    </Modal>
  );
}

function DryRun({ result, messageOf }: { result: WorkbookImport; messageOf: (error: WorkbookError) => string }) {
  const { t } = useI18n();
  if (result.errors.length > 0) {
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Alert type="error" showIcon title={t("workbooks.errorsFound", { count: result.errors.length })} />
        <Table<WorkbookError>
          rowKey={(error) => `${error.sheet}|${error.row}|${error.column}|${error.code}`}
          size="small"
          pagination={result.errors.length > 10 ? { pageSize: 10 } : false}
          dataSource={result.errors}
          data-testid="workbook-errors"
          columns={[
            { title: t("workbooks.field.sheet"), dataIndex: "sheet", width: 110, render: (value: string | null) => value ?? "—" },
            { title: t("workbooks.field.row"), dataIndex: "row", width: 60, align: "right", render: (value: number | null) => value ?? "—" },
            {
              title: t("workbooks.field.column"),
              width: 150,
              render: (_, error) => (error.column ? `${error.column}${error.header ? ` (${error.header})` : ""}` : "—"),
            },
            { title: t("workbooks.field.problem"), render: (_, error) => messageOf(error) },
          ]}
        />
      </Space>
    );
  }
  if (result.changes.length === 0) return <Alert type="info" showIcon title={t("workbooks.nothingChanged", { unchanged: result.unchanged })} />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Alert type="success" showIcon title={t("workbooks.clean", { changed: result.changes.length, unchanged: result.unchanged })} />
      <Table
        rowKey="reportId"
        size="small"
        pagination={result.changes.length > 10 ? { pageSize: 10 } : false}
        dataSource={result.changes}
        columns={[
          { title: t("workbooks.field.task"), dataIndex: "heading" },
          {
            title: t("workbooks.field.fields"),
            dataIndex: "fields",
            width: 280,
            render: (fields: string[]) => fields.map((field) => <Tag key={field}>{field}</Tag>),
          },
        ]}
      />
    </Space>
  );
}
