/** What a ranking export (考核排名) shows: a presenter fills it from the assessment's scores. */
import type { ScoreLine, UnitScore } from "../../../core/domain/assessment/score.ts";

/** One unit's place, marks and calculation. */
export type RankingRow = Pick<UnitScore, "unitName" | "completion" | "bonus" | "deductions" | "total" | "vetoed"> & {
  rank: number;
  lines: Pick<ScoreLine, "label" | "formula" | "points">[];
};

export interface RankingDto {
  /** e.g. "2025年度制造业高质量发展目标责任考核结果" */
  title: string;
  issuer: string;
  /** ISO YYYY-MM-DD */
  date: string;
  /** the opening paragraph: what was assessed and by which rules */
  intro: string;
  rows: RankingRow[];
}

/** The remark printed beside a unit: 一票否决 or nothing. */
export const rankingRemark = (row: RankingRow): string => (row.vetoed ? "一票否决" : "");
