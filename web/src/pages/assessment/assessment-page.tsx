/**
 * Year-end assessment (考核) of a plan: the ranking with each unit's calculation, the rule sheet with what-if,
 * the appeals, and the ranking as .xlsx or .docx. Without a plan in the address it asks for one.
 */
import { DownloadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Select, Space, Tabs } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { may } from "../../access.ts";
import { assessmentKeys, assessmentsApi, type ScoreLine, type UnitScore } from "../../api/assessments.ts";
import { planKeys, plansApi } from "../../api/plans.ts";
import { QueryView } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";
import { AppealForm } from "./appeal-form.tsx";
import { AppealsPanel } from "./appeals-panel.tsx";
import { RulesEditor } from "./rules-editor.tsx";
import { ScoreTable } from "./score-table.tsx";

/** The years offered in the year filter: this one and the four before it. */
function recentYears(now = new Date()): string[] {
  return Array.from({ length: 5 }, (_, back) => String(now.getFullYear() - back));
}

/** The assessment page. */
export default function AssessmentPage() {
  const { planId } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [year, setYear] = useState<string | undefined>(undefined);
  const plans = useQuery({ queryKey: planKeys.all, queryFn: plansApi.list });
  const published = (plans.data ?? []).filter((plan) => plan.status === "published");
  return (
    <Card
      title={t("menu.assessment")}
      extra={
        <Space wrap>
          <Select
            style={{ width: 320 }}
            value={planId}
            placeholder={t("assessment.pickPlan")}
            loading={plans.isPending}
            options={published.map((plan) => ({ value: plan.id, label: plan.title }))}
            onChange={(id: string) => void navigate(`/assessment/${id}`)}
            data-testid="assessment-plan"
          />
          <Select
            style={{ width: 130 }}
            value={year ?? ""}
            options={[{ value: "", label: t("assessment.allRounds") }, ...recentYears().map((value) => ({ value, label: t("assessment.year", { year: value }) }))]}
            onChange={(value: string) => setYear(value || undefined)}
          />
          {planId && (
            <>
              <Button icon={<DownloadOutlined />} href={assessmentsApi.rankingUrl(planId, "xlsx", year)}>
                {t("assessment.export.xlsx")}
              </Button>
              <Button icon={<DownloadOutlined />} href={assessmentsApi.rankingUrl(planId, "docx", year)}>
                {t("assessment.export.docx")}
              </Button>
            </>
          )}
        </Space>
      }
    >
      {planId ? <PlanAssessment planId={planId} year={year} /> : <Empty description={t("assessment.pickPlan")} />}
    </Card>
  );
}

function PlanAssessment({ planId, year }: { planId: string; year?: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const scores = useQuery({ queryKey: assessmentKeys.scores(planId, year), queryFn: () => assessmentsApi.scores(planId, year) });
  const plan = useQuery({ queryKey: planKeys.detail(planId), queryFn: () => plansApi.get(planId) });
  const [appealing, setAppealing] = useState<{ unit: UnitScore; line: ScoreLine } | null>(null);
  const ownUnits = new Set(may(user, "assessments.appeal") ? (user?.unitIds ?? []) : []);
  return (
    <QueryView query={scores} rows={10}>
      {(data) => (
        <>
          <Tabs
            items={[
              {
                key: "scores",
                label: t("assessment.tab.scores"),
                children: (
                  <ScoreTable
                    ranking={data.ranking}
                    scores={data.scores}
                    canAppeal={(unitId) => ownUnits.has(unitId)}
                    onAppeal={(unit, line) => setAppealing({ unit, line })}
                  />
                ),
              },
              {
                key: "rules",
                label: t("assessment.tab.rules"),
                children: (
                  <RulesEditor
                    planId={planId}
                    year={year}
                    rules={data.rules}
                    version={data.rulesVersion}
                    items={plan.data?.items ?? []}
                    editable={may(user, "assessments.rules")}
                  />
                ),
              },
              {
                key: "appeals",
                label: t("assessment.tab.appeals"),
                children: (
                  <AppealsPanel
                    planId={planId}
                    scores={data.scores}
                    unitNames={new Map(data.ranking.map((row) => [row.unitId, row.unitName]))}
                    canDecide={may(user, "assessments.decide_appeal")}
                  />
                ),
              },
            ]}
          />
          {appealing && <AppealForm planId={planId} unit={appealing.unit} line={appealing.line} onClose={() => setAppealing(null)} />}
        </>
      )}
    </QueryView>
  );
}
