/**
 * Proportional scoring of a quantitative target: the share of the commitment achieved (0 to 1), with the
 * arithmetic written out, and whether its 力争 value was met.
 */
import type { Comparison } from "../../extract/types.ts";
import type { TargetKind } from "../status/target-kind.ts";

/** A quantitative target as the assessment sees it at year end. */
export interface AssessedTarget {
  targetId: string;
  /** e.g. "规上工业增加值增速" */
  label: string;
  kind: TargetKind;
  cmp: Comparison;
  /** the value at the start, when known; attainment is then measured from it */
  baseline: number | null;
  /** the commitment */
  goal: number;
  /** the 力争 value, if any */
  stretch: number | null;
  /** the last accepted value; null when never reported */
  actual: number | null;
}

export interface Attainment {
  /** 0 … 1 */
  share: number;
  /** e.g. "(130−100)/(120−100)=1.50 → 1.00" */
  formula: string;
  stretchMet: boolean;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const n = (x: number) => Number(x.toFixed(4)).toString();
const shown = (x: number) => x.toFixed(2);

function ratio(numerator: number, denominator: number, text: string): Attainment {
  const raw = denominator === 0 ? (numerator >= 0 ? 1 : 0) : numerator / denominator;
  const share = clamp(raw);
  return { share, formula: `${text}=${shown(raw)}${share !== raw ? ` → ${shown(share)}` : ""}`, stretchMet: false };
}

/** Whether a value reaches a 力争 value: at or under it when lower is better, else at or over it. */
function reaches(actual: number, stretch: number, lowerIsBetter: boolean): boolean {
  return lowerIsBetter ? actual <= stretch : actual >= stretch;
}

/**
 * ≥ (and a bare value, "=", which plans mean as "reach"): (actual − baseline)/(goal − baseline), or
 * actual/goal without a baseline. ≤: 1 when at or under the goal, else (baseline − actual)/(baseline − goal),
 * or goal/actual. ≈ (左右): 1 − |actual − goal|/|goal|. Clamped to 0 … 1; never reported counts 0.
 */
export function attainment(t: AssessedTarget): Attainment {
  if (t.actual == null) return { share: 0, formula: "未报送数据 → 0", stretchMet: false };
  const a = t.actual;
  const stretchMet = t.stretch != null && reaches(a, t.stretch, t.cmp === "<=");
  const withStretch = (result: Attainment): Attainment => ({ ...result, stretchMet });
  if (t.cmp === ">=" || t.cmp === "=") {
    if (t.baseline != null && t.baseline !== t.goal) {
      return withStretch(ratio(a - t.baseline, t.goal - t.baseline, `(${n(a)}−${n(t.baseline)})/(${n(t.goal)}−${n(t.baseline)})`));
    }
    return withStretch(ratio(a, t.goal, `${n(a)}/${n(t.goal)}`));
  }
  if (t.cmp === "<=") {
    if (a <= t.goal) return withStretch({ share: 1, formula: `${n(a)}≤${n(t.goal)} → 1.00`, stretchMet });
    if (t.baseline != null && t.baseline !== t.goal) {
      return withStretch(ratio(t.baseline - a, t.baseline - t.goal, `(${n(t.baseline)}−${n(a)})/(${n(t.baseline)}−${n(t.goal)})`));
    }
    return withStretch(ratio(t.goal, a, `${n(t.goal)}/${n(a)}`));
  }
  const off = Math.abs(a - t.goal);
  return withStretch(ratio(Math.abs(t.goal) - off, Math.abs(t.goal), `1−|${n(a)}−${n(t.goal)}|/${n(Math.abs(t.goal))}`));
}
