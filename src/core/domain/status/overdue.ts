/** Overdue reporting (逾期未报): a signal of its own, apart from lagging progress (进度滞后). */
import { daysBetween } from "./calendar.ts";

/** Whether a unit's report for a round is late, and by how many days. */
export interface OverdueSignal {
  overdue: boolean;
  /** whole days past the deadline (0 when not overdue) */
  days: number;
  /** e.g. "逾期未报 3 天(截止 2025-10-05)"; empty when not overdue */
  reason: string;
}

/**
 * A report is overdue from the day after the round's deadline until it is submitted; one submitted
 * late is no longer owed but stays marked "逾期报送".
 */
export function overdueSignal(deadline: string, today: string, submittedOn: string | null): OverdueSignal {
  if (submittedOn != null) {
    const late = daysBetween(deadline, submittedOn);
    if (late > 0) return { overdue: false, days: late, reason: `逾期报送 ${late} 天(截止 ${deadline})` };
    return { overdue: false, days: 0, reason: "" };
  }
  const days = daysBetween(deadline, today);
  if (days <= 0) return { overdue: false, days: 0, reason: "" };
  return { overdue: true, days, reason: `逾期未报 ${days} 天(截止 ${deadline})` };
}
