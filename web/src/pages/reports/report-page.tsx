/** One report: the task and round on top; the form for its unit, or the read-only view with the review panel for supervisors. */
import { useQuery } from "@tanstack/react-query";
import { Card, Col, Descriptions, Row, Space, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { useParams } from "react-router-dom";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { ReportDetail } from "../../api/reporting-types.ts";
import { ChangesList } from "../../components/changes-list.tsx";
import { QueryView } from "../../components/feedback.tsx";
import { ReportStatusTag } from "../../components/status.tsx";
import { isMessageKey, useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";
import { ContributionForm } from "./contribution-form.tsx";
import { ReportForm } from "./report-form.tsx";
import { ReportView } from "./report-view.tsx";
import { ReviewPanel } from "./review-panel.tsx";

const EDITABLE = new Set(["not_started", "draft", "returned"]);

/** The report page. */
export default function ReportPage() {
  const { id = "" } = useParams();
  const report = useQuery({ queryKey: reportingKeys.report(id), queryFn: () => reportsApi.get(id) });
  return <QueryView query={report}>{(detail) => <ReportScreen detail={detail} />}</QueryView>;
}

function ReportScreen({ detail }: { detail: ReportDetail }) {
  const { t } = useI18n();
  const { user } = useSession();
  const report = detail.report;
  const ownUnit = user?.role === "reporter" && user.unitIds.includes(report.unitId);
  const editable = ownUnit && EDITABLE.has(report.status) && detail.round.status !== "closed";
  const reviewing = user?.role === "supervisor" && report.status === "submitted";
  const supporting = user?.role === "reporter" && !ownUnit && report.status !== "accepted" && detail.round.status !== "closed";
  const actionLabel = (action: string) => {
    const key = `report.history.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          title={
            <Space wrap>
              <span data-testid="report-title">{[detail.item.path.join(" / "), detail.item.heading].filter(Boolean).join("  ")}</span>
              <ReportStatusTag status={report.status} />
            </Space>
          }
        >
          <Descriptions.Item label={t("report.unit")}>{report.unitName}</Descriptions.Item>
          <Descriptions.Item label={t("report.round")}>{detail.round.period}</Descriptions.Item>
          <Descriptions.Item label={t("report.deadline")}>
            {detail.round.deadline}
          </Descriptions.Item>
          <Descriptions.Item label={t("report.submissions")}>{report.submissions}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true }} style={{ margin: "8px 0 0", whiteSpace: "pre-wrap" }}>
          {detail.item.text}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>{editable ? <ReportForm key={report.id} detail={detail} /> : <ReportView detail={detail} />}</Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            {reviewing && <ReviewPanel report={report} />}
            {supporting && user && <ContributionForm detail={detail} unitIds={user.unitIds} />}
            {report.submissions > 0 && (
              <Card size="small" title={t("report.changes")}>
                <ChangesList
                  changes={detail.changes}
                  firstSubmission={report.submissions < 2}
                  targetNames={new Map(detail.targets.map((target) => [target.id, target.metric ?? target.quote]))}
                />
              </Card>
            )}
            {detail.contributions.length > 0 && (
              <Card size="small" title={t("report.contributions")}>
                {detail.contributions.map((contribution) => (
                  <div key={contribution.unitId} style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{contribution.unitName}</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{contribution.text}</Typography.Paragraph>
                  </div>
                ))}
              </Card>
            )}
            <Card size="small" title={t("report.history")}>
              {detail.history.length === 0 ? (
                <Typography.Text type="secondary">{t("report.noHistory")}</Typography.Text>
              ) : (
                <Timeline
                  items={detail.history.map((entry) => ({
                    color: entry.action === "return" ? "red" : entry.action === "accept" ? "green" : "blue",
                    content: (
                      <>
                        <div>
                          {actionLabel(entry.action)} · {dayjs(entry.at).format("YYYY-MM-DD HH:mm")}
                        </div>
                        {entry.comment && <Typography.Text type="secondary">{entry.comment}</Typography.Text>}
                      </>
                    ),
                  }))}
                />
              )}
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
