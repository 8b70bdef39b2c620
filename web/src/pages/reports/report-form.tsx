/**
 * The report form of a responsible unit: progress text, one value per quantitative target (numbers only, checked
 * as you type, or "no data" with a reason), problems, attachments; save a draft or submit. A value the server finds
 * implausible asks for an explanation right under its box.
 */
import { PaperClipOutlined, SaveOutlined, SendOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Space, Typography, Upload } from "antd";
import { useEffect, useMemo, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { invalidateStatus } from "../../api/status.ts";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { ReportDetail, ReportedValue, ReportTarget } from "../../api/reporting-types.ts";
import { useShowError } from "../../components/feedback.tsx";
import { COMPARISON_KEYS } from "../../components/labels.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { parseValue } from "./value-input.ts";

interface ValueState {
  text: string;
  noData: boolean;
  noDataReason: string;
  explanation: string;
}

interface Implausible {
  targetId: string;
  previous?: number;
  change?: number;
}

function initialValues(detail: ReportDetail): Record<string, ValueState> {
  const own = detail.report.values;
  const source = own.length > 0 || detail.report.status !== "not_started" ? own : (detail.previous?.values ?? []);
  const byTarget = new Map(source.map((value) => [value.targetId, value]));
  return Object.fromEntries(
    detail.targets.map((target) => {
      const value = byTarget.get(target.id);
      return [
        target.id,
        {
          text: value?.value == null ? "" : String(value.value),
          noData: value !== undefined && value.value == null && Boolean(value.noDataReason),
          noDataReason: value?.noDataReason ?? "",
          explanation: own.find((entry) => entry.targetId === target.id)?.explanation ?? "",
        },
      ];
    }),
  );
}

function implausibleOf(error: unknown): Implausible[] | null {
  if (!(error instanceof ApiError) || error.code !== "reports.implausible") return null;
  const details = error.details ?? {};
  const list = [details.implausible, details.targets, details.values].find(Array.isArray) as unknown[] | undefined;
  return (list ?? []).flatMap((entry) =>
    entry && typeof entry === "object" && "targetId" in entry ? [entry as Implausible] : typeof entry === "string" ? [{ targetId: entry }] : [],
  );
}

/** The editable form for one report. */
export function ReportForm({ detail }: { detail: ReportDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const report = detail.report;
  const prefilled = report.status === "not_started" && !report.progress && detail.previous !== null;
  const [progress, setProgress] = useState(prefilled ? (detail.previous?.progress ?? "") : report.progress);
  const [problems, setProblems] = useState(prefilled ? (detail.previous?.problems ?? "") : report.problems);
  const [completed, setCompleted] = useState(report.completed);
  const [values, setValues] = useState<Record<string, ValueState>>(() => initialValues(detail));
  const [implausible, setImplausible] = useState<Implausible[]>([]);
  const previousValue = useMemo(
    () => new Map((detail.previous?.values ?? []).map((value) => [value.targetId, value.value])),
    [detail.previous],
  );

  const parsed = detail.targets.map((target) => ({ target, state: values[target.id], value: parseValue(values[target.id]?.text ?? "") }));
  const invalid = parsed.some(({ state, value }) => !state.noData && value === "invalid");

  const payloadValues = (): ReportedValue[] =>
    parsed.map(({ target, state, value }) => ({
      targetId: target.id,
      value: state.noData || value === "invalid" ? null : value,
      noDataReason: state.noData ? state.noDataReason || null : null,
      explanation: state.explanation || null,
    }));

  const reload = () => queryClient.invalidateQueries({ queryKey: reportingKeys.report(report.id) });
  const [version, setVersion] = useState(report.version);
  useEffect(() => setVersion((current) => Math.max(current, report.version)), [report.version]);
  const saveDraft = async (): Promise<number> => {
    const saved = await reportsApi.save(report.id, { version, progress, problems, completed, values: payloadValues() });
    setVersion(saved.version);
    return saved.version;
  };
  const save = useMutation({
    mutationFn: saveDraft,
    onSuccess: () => {
      void message.success(t("report.draftSaved"));
      void reload();
    },
    onError: (error) => {
      showError(error);
      void reload();
    },
  });
  const submit = useMutation({
    mutationFn: async () => reportsApi.submit(report.id, await saveDraft()),
    onSuccess: () => {
      void message.success(t("report.submitted"));
      void queryClient.invalidateQueries({ queryKey: reportingKeys.inbox });
      invalidateStatus(queryClient);
      void reload();
    },
    onError: (error) => {
      const found = implausibleOf(error);
      if (found) setImplausible(found);
      showError(error);
      void reload();
    },
  });
  const attach = useMutation({
    mutationFn: (file: File) => reportsApi.attach(report.id, file),
    onSuccess: () => void reload(),
    onError: showError,
  });

  const update = (targetId: string, patch: Partial<ValueState>) =>
    setValues((current) => ({ ...current, [targetId]: { ...current[targetId], ...patch } }));

  const targetLabel = (target: ReportTarget) =>
    [target.metric ?? target.quote, t(COMPARISON_KEYS[target.cmp as keyof typeof COMPARISON_KEYS] ?? "target.cmp.eq"), `${target.value}${target.unit ?? ""}`].join(" ");

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {report.status === "returned" && report.reviewComment && (
        <Alert type="warning" showIcon title={t("report.returned")} description={report.reviewComment} data-testid="returned-comment" />
      )}
      {prefilled && <Alert type="info" showIcon title={t("report.prefilled", { period: detail.previous?.period ?? "" })} />}
      {detail.targets.length > 0 && (
        <Card size="small" title={t("report.values")}>
          <Space orientation="vertical" style={{ width: "100%" }} size="middle">
            {parsed.map(({ target, state, value }) => {
              const flagged = implausible.find((entry) => entry.targetId === target.id);
              const previous = previousValue.get(target.id);
              return (
                <div key={target.id} data-testid={`value-${target.id}`}>
                  <Typography.Text strong>{targetLabel(target)}</Typography.Text>
                  {target.aspirational && <Typography.Text type="secondary">{` · ${t("target.aspirational")}`}</Typography.Text>}
                  <Row gutter={12} align="top" style={{ marginTop: 6 }}>
                    <Col xs={24} sm={10}>
                      <Form.Item
                        style={{ marginBottom: 0 }}
                        validateStatus={!state.noData && value === "invalid" ? "error" : undefined}
                        help={!state.noData && value === "invalid" ? t("report.valueInvalid") : previous != null ? t("report.previousValue", { value: previous }) : undefined}
                      >
                        <Input
                          value={state.text}
                          disabled={state.noData}
                          inputMode="decimal"
                          suffix={target.unit ?? undefined}
                          placeholder={t("report.valuePlaceholder")}
                          onChange={(event) => update(target.id, { text: event.target.value })}
                          data-testid="report-value"
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={14}>
                      <Checkbox checked={state.noData} onChange={(event) => update(target.id, { noData: event.target.checked })}>
                        {t("report.noData")}
                      </Checkbox>
                      {state.noData && (
                        <Input
                          style={{ marginTop: 6 }}
                          value={state.noDataReason}
                          placeholder={t("report.noDataReason")}
                          onChange={(event) => update(target.id, { noDataReason: event.target.value })}
                        />
                      )}
                    </Col>
                  </Row>
                  {(flagged || state.explanation) && (
                    <div style={{ marginTop: 8 }}>
                      {flagged && (
                        <Alert
                          type="warning"
                          showIcon
                          style={{ marginBottom: 6 }}
                          title={
                            flagged.previous != null && flagged.change != null
                              ? t("report.implausibleDetail", { previous: flagged.previous, change: Math.round(flagged.change * 100) })
                              : t("report.implausible")
                          }
                        />
                      )}
                      <Input.TextArea
                        autoSize={{ minRows: 2 }}
                        value={state.explanation}
                        placeholder={t("report.explanation")}
                        onChange={(event) => update(target.id, { explanation: event.target.value })}
                        data-testid="report-explanation"
                      />
                    </div>
                  )}
                </div>
              );
            })}
          </Space>
        </Card>
      )}
      <Card size="small" title={t("report.progress")}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          value={progress}
          onChange={(event) => setProgress(event.target.value)}
          placeholder={t("report.progressPlaceholder")}
          data-testid="report-progress"
        />
        <Checkbox style={{ marginTop: 8 }} checked={completed} onChange={(event) => setCompleted(event.target.checked)}>
          {t("report.completed")}
        </Checkbox>
      </Card>
      <Card size="small" title={t("report.problems")}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={problems}
          onChange={(event) => setProblems(event.target.value)}
          placeholder={t("report.problemsPlaceholder")}
        />
      </Card>
      <Card size="small" title={t("report.attachments")}>
        <Upload
          beforeUpload={(file) => {
            attach.mutate(file);
            return false;
          }}
          showUploadList={false}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.txt"
        >
          <Button icon={<PaperClipOutlined />} loading={attach.isPending}>
            {t("report.attach")}
          </Button>
        </Upload>
        <ul className="attachment-list">
          {detail.attachments.map((file) => (
            <li key={file.id}>
              <a href={`/api/reports/${report.id}/attachments/${file.id}`}>{file.fileName}</a>
              <Typography.Text type="secondary">{` · ${Math.max(1, Math.round(file.size / 1024))} KB`}</Typography.Text>
            </li>
          ))}
        </ul>
      </Card>
      <Space wrap>
        <Button icon={<SaveOutlined />} onClick={() => save.mutate()} loading={save.isPending} disabled={invalid || submit.isPending}>
          {t("report.saveDraft")}
        </Button>
        <Button
          type="primary"
          icon={<SendOutlined />}
          onClick={() => submit.mutate()}
          loading={submit.isPending}
          disabled={invalid || save.isPending}
          data-testid="report-submit"
        >
          {report.status === "returned" ? t("report.resubmit") : t("report.submit")}
        </Button>
        {invalid && <Typography.Text type="danger">{t("report.fixValues")}</Typography.Text>}
      </Space>
    </Space>
  );
}
