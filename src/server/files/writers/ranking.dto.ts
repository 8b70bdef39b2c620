/** What a ranking export (考核排名) shows: a presenter fills it from the assessment's scores. */

/** One unit's place, marks and calculation. */
export interface RankingRow {
  rank: number;
  unitName: string;
  completion: number;
  bonus: number;
  deductions: number;
  total: number;
  vetoed: boolean;
  lines: { label: string; formula: string; points: number }[];
}

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
