/** The ranking with each unit's calculation line by line in an expandable row; a unit's reporter may appeal a line. */
import { Button, Table, Tag, Typography } from "antd";
import type { Ranked, ScoreLine, UnitScore } from "../../api/assessments.ts";
import { useI18n } from "../../locales/i18n.tsx";

interface Props {
  ranking: Ranked[];
  scores: UnitScore[];
  /** set when the user may appeal lines of this unit */
  canAppeal: (unitId: string) => boolean;
  onAppeal: (unit: UnitScore, line: ScoreLine) => void;
}

/** Two decimals without trailing zeros, the way scores are printed. */
export function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The ranking table. */
export function ScoreTable({ ranking, scores, canAppeal, onAppeal }: Props) {
  const { t } = useI18n();
  const byUnit = new Map(scores.map((score) => [score.unitId, score]));
  return (
    <Table<Ranked>
      rowKey="unitId"
      size="small"
      pagination={false}
      dataSource={ranking}
      data-testid="assessment-ranking"
      expandable={{
        rowExpandable: (row) => byUnit.has(row.unitId),
        expandedRowRender: (row) => {
          const score = byUnit.get(row.unitId);
          return score ? <ScoreLines score={score} appealable={canAppeal(score.unitId)} onAppeal={(line) => onAppeal(score, line)} /> : null;
        },
      }}
      columns={[
        { title: t("assessment.field.rank"), dataIndex: "rank", width: 70, align: "center" },
        { title: t("rounds.field.unit"), dataIndex: "unitName" },
        {
          title: t("assessment.field.completion"),
          width: 110,
          align: "right",
          render: (_, row) => (byUnit.has(row.unitId) ? points(byUnit.get(row.unitId)?.completion ?? 0) : "—"),
        },
        {
          title: t("assessment.field.bonus"),
          width: 90,
          align: "right",
          render: (_, row) => (byUnit.has(row.unitId) ? `+${points(byUnit.get(row.unitId)?.bonus ?? 0)}` : "—"),
        },
        {
          title: t("assessment.field.deductions"),
          width: 90,
          align: "right",
          render: (_, row) => (byUnit.has(row.unitId) ? `−${points(byUnit.get(row.unitId)?.deductions ?? 0)}` : "—"),
        },
        {
          title: t("assessment.field.total"),
          width: 120,
          align: "right",
          render: (_, row) => (
            <span>
              {row.vetoed && <Tag color="red">{t("assessment.vetoed")}</Tag>}
              <Typography.Text strong>{points(row.total)}</Typography.Text>
            </span>
          ),
        },
      ]}
    />
  );
}

function ScoreLines({ score, appealable, onAppeal }: { score: UnitScore; appealable: boolean; onAppeal: (line: ScoreLine) => void }) {
  const { t } = useI18n();
  return (
    <Table<ScoreLine>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={score.lines}
      data-testid="assessment-lines"
      columns={[
        { title: t("assessment.line.kind"), dataIndex: "kind", width: 90, render: (kind: ScoreLine["kind"]) => <Tag>{t(`assessment.lineKind.${kind}`)}</Tag> },
        { title: t("assessment.line.label"), dataIndex: "label", ellipsis: true },
        {
          title: t("assessment.line.formula"),
          width: 320,
          render: (_, line) => (
            <span>
              <Typography.Text code>{line.formula}</Typography.Text>
              {line.adjusted && (
                <Typography.Text type="warning" style={{ display: "block", fontSize: 12 }}>
                  {line.adjusted}
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: t("assessment.line.points"), dataIndex: "points", width: 80, align: "right", render: (value: number) => points(value) },
        ...(appealable
          ? [
              {
                title: t("common.actions"),
                width: 80,
                render: (_: unknown, line: ScoreLine) => (
                  <Button size="small" type="link" onClick={() => onAppeal(line)} data-testid="appeal-line">
                    {t("assessment.appeal.file")}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
