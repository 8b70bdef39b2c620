/** Status from data for one quantitative target: the latest reported value held against its trajectory. */
import { daysBetween, periodEnd } from "./calendar.ts";
import { DEFAULT_TOLERANCE, formatPercent, formatValue, type Judgement, verdict } from "./status.ts";
import { buildTrajectory, type TargetSpec, type Trajectory } from "./trajectory.ts";

/** One round's reported value for a target; `value` null means "no data this round". */
export interface Observation {
  /** "2025-09", "2025-Q3", "2025" or an ad hoc date */
  period: string;
  value: number | null;
}

/** What the judgement knows about the moment and the deployment. */
export interface JudgeOptions {
  /** today, local date YYYY-MM-DD */
  today: string;
  /** how far behind the trajectory is still amber, as a fraction (default 0.05) */
  tolerance?: number;
}

/** The judgement of a target, with the numbers behind it for charts and roll-ups. */
export interface TargetJudgement extends Judgement {
  expected: number | null;
  actual: number | null;
  /** the period of the value judged */
  period: string | null;
  /** how far behind the trajectory, as a fraction of the expected value (negative when ahead) */
  gap: number | null;
  /** whether the 力争 value is met; null when the target has none */
  stretchMet: boolean | null;
}

const EPSILON = 1e-9;

function meets(actual: number, goal: number, side: Trajectory["side"], tolerance: number): boolean {
  if (side === ">=") return actual >= goal - EPSILON;
  if (side === "<=") return actual <= goal + EPSILON;
  return Math.abs(actual - goal) <= tolerance * Math.abs(goal) + EPSILON;
}

/** How far `actual` is behind `expected` on the target's side, as a fraction of `expected`. */
function gapOf(actual: number, expected: number, side: Trajectory["side"]): number {
  const behind = side === ">=" ? expected - actual : side === "<=" ? actual - expected : Math.abs(actual - expected);
  if (Math.abs(expected) < EPSILON) return behind > EPSILON ? Number.POSITIVE_INFINITY : 0;
  return behind / Math.abs(expected);
}

/** Whether reaching the commitment before the deadline already completes the target. */
function completesEarly(t: Trajectory): boolean {
  if (t.rateOverPeriod || t.side === "~") return false;
  return t.side === ">=" ? t.base < t.final : t.base > t.final;
}

/** The observations that carry a value, oldest period first. */
function reportedInOrder(observations: Observation[]): Observation[] {
  const reported = observations.filter((o) => o.value != null);
  return reported.sort((a, b) => daysBetween(periodEnd(b.period), periodEnd(a.period)));
}

function stretchNote(t: Trajectory, actual: number, tolerance: number): { text: string[]; met: boolean | null } {
  if (t.stretchFinal == null) return { text: [], met: null };
  const met = meets(actual, t.stretchFinal, t.side, tolerance);
  return { text: [`力争 ${formatValue(t.stretchFinal)}${met ? "已达到" : "未达到"}`], met };
}

/**
 * Judges a target from the values reported so far. Green on or ahead of the trajectory, amber behind
 * within tolerance, red beyond it or past the deadline unmet, done when the commitment is met, not
 * started when nothing is reported yet. 力争 never changes the status; `stretchMet` records it.
 */
export function judgeTarget(spec: TargetSpec, observations: Observation[], options: JudgeOptions): TargetJudgement {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const reported = reportedInOrder(observations);
  const latest = reported.at(-1);
  const trajectory = latest ? buildTrajectory(spec, reported[0].value) : null;
  const pastDeadline = daysBetween(spec.deadline, options.today) > 0;
  if (!latest || latest.value == null || !trajectory) {
    const none = { expected: null, actual: null, period: null, gap: null, stretchMet: null };
    if (pastDeadline) return { ...none, ...verdict([`期限 ${spec.deadline} 已过,无填报数据`], "red") };
    return { ...none, ...verdict(["尚无填报数据"], "not_started") };
  }
  const actual = latest.value;
  const asOf = periodEnd(latest.period);
  const expected = trajectory.expectedAt(asOf);
  const gap = gapOf(actual, expected, trajectory.side);
  const stretch = stretchNote(trajectory, actual, tolerance);
  const base = { expected, actual, period: latest.period, gap, stretchMet: stretch.met };
  const committed = meets(actual, trajectory.final, trajectory.side, tolerance);
  const finalData = daysBetween(spec.deadline, asOf) >= 0;
  const goal = `目标 ${formatValue(trajectory.final)}(${spec.deadline})`;
  const latestText = `实报 ${formatValue(actual)}(${latest.period})`;
  if (committed && (finalData || completesEarly(trajectory))) {
    return { ...base, ...verdict([goal, latestText, "已达成", ...stretch.text], "done") };
  }
  if (pastDeadline && !(committed && trajectory.rateOverPeriod)) {
    return { ...base, ...verdict([goal, latestText, "期限已过未达成"], "red") };
  }
  const head = [`应达 ${formatValue(expected)}(${latest.period})`, `实报 ${formatValue(actual)}`];
  const limit = `容差 ${formatPercent(tolerance)}`;
  if (gap <= EPSILON) return { ...base, ...verdict([...head, "符合进度", ...stretch.text], "green") };
  const word = trajectory.side === "~" ? "偏离" : "落后";
  const behind = `${word} ${formatPercent(gap)}`;
  if (trajectory.side === "~") {
    if (gap <= tolerance + EPSILON) return { ...base, ...verdict([...head, behind, `在${limit} 内`], "green") };
    if (gap <= 2 * tolerance + EPSILON) {
      return { ...base, ...verdict([...head, behind, `超出${limit},在两倍容差内`], "amber") };
    }
    return { ...base, ...verdict([...head, behind, `超出两倍${limit}`], "red") };
  }
  if (gap <= tolerance + EPSILON) return { ...base, ...verdict([...head, behind, `在${limit} 内`], "amber") };
  return { ...base, ...verdict([...head, behind, `超出${limit}`], "red") };
}
