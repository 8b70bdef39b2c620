/**
 * The assessment rule sheet (考核细则) a supervisor edits per plan or year: weights, how much a task's
 * status is worth, the 力争 bonus, deductions for late and returned reports, and veto items (一票否决).
 */
import type { UnitRole } from "../../extract/types.ts";
import type { Status } from "../status/status.ts";
import type { TargetKind } from "../status/target-kind.ts";

/** The words a role is printed as in score lines and workbooks. */
export const ROLE_WORDS: Record<UnitRole, string> = { lead: "牵头", support: "配合", owners: "负责" };

export interface RuleSheet {
  /** marks for complete completion (usually 100) */
  fullMarks: number;
  weights: {
    /** weight of an item without quantitative targets */
    task: number;
    /** weight of a quantitative target by its kind; an item weighs the mean of its targets' weights */
    byTargetKind: Record<TargetKind, number>;
    /** an item's weight set by hand, replacing the above (item id → weight) */
    byItem: Record<string, number>;
  };
  /** the share of its weight a unit earns by role: a support unit (配合) usually answers for less */
  roleFactor: Record<UnitRole, number>;
  /** the share of its weight a task without numbers earns, by its year-end status */
  taskCredit: Record<Status, number>;
  /** bonus marks per 力争 value met, and the most bonus a unit can earn */
  stretchBonus: { perTarget: number; cap: number };
  /** marks taken off per late (逾期) or returned (退回) report, and the most that can be taken off */
  deductions: { lateReport: number; returnedReport: number; cap: number };
  /** items whose failure (status red) vetoes the unit's whole score: 一票否决 */
  vetoItems: string[];
}

/** A reasonable starting sheet the supervisor adjusts. */
export const DEFAULT_RULES: RuleSheet = {
  fullMarks: 100,
  weights: {
    task: 1,
    byTargetKind: { level: 1, increment: 1, cumulative: 1, growth: 1, share: 1, points: 1, reduction: 1 },
    byItem: {},
  },
  roleFactor: { lead: 1, owners: 1, support: 0.5 },
  taskCredit: { done: 1, green: 1, amber: 0.6, red: 0.2, not_started: 0 },
  stretchBonus: { perTarget: 1, cap: 5 },
  deductions: { lateReport: 1, returnedReport: 0.5, cap: 10 },
  vetoItems: [],
};
