/** Status of a task with no number: judged by its deadline and by what review made of its reports. */
import { daysBetween } from "./calendar.ts";
import { type Judgement, verdict } from "./status.ts";

/** Where the latest report of a task stands. */
export const REVIEW_OUTCOMES = ["pending", "accepted", "returned"] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** What is known about a task without a quantitative target. */
export interface TaskFacts {
  /** local date YYYY-MM-DD, or null when the plan sets none */
  deadline: string | null;
  /** the latest submitted report, or null when none was ever submitted */
  latest: { period: string; completed: boolean; review: ReviewOutcome; comment?: string | null } | null;
  /** today, local date YYYY-MM-DD */
  today: string;
}

/**
 * Judges a task: done when a report saying "completed" is accepted; red past the deadline unless
 * done; amber when the latest report was returned; green while reports are coming in and accepted or
 * awaiting review; not started before any report.
 */
export function judgeTask({ deadline, latest, today }: TaskFacts): Judgement {
  const pastDeadline = deadline != null && daysBetween(deadline, today) > 0;
  if (!latest) {
    if (pastDeadline) return verdict([`期限 ${deadline} 已过`, "尚无进展报告"], "red");
    return verdict(["尚无进展报告"], "not_started");
  }
  const said = `${latest.period} 报告${latest.completed ? "已完成" : "推进中"}`;
  if (latest.completed && latest.review === "accepted") return verdict([said, "审核通过"], "done");
  if (pastDeadline) return verdict([`期限 ${deadline} 已过`, said, "未经审核确认完成"], "red");
  if (latest.review === "returned") {
    const why = latest.comment ? `被退回:${latest.comment}` : "被退回";
    return verdict([said, why], "amber");
  }
  return verdict([said, latest.review === "accepted" ? "审核通过" : "待审核"], "green");
}
