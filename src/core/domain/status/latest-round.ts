/**
 * Which of a unit's rounds is "the latest" for its overdue signal. Rounds opened in one transaction share
 * their creation time, so time alone leaves the choice to the order rows happen to arrive in; the total
 * order below (opened, then period, then deadline, then id) gives the same answer on every run.
 */

/** What the order needs of a round. */
export interface RoundStamp {
  roundCreatedAt: Date;
  period: string;
  deadline: string;
  roundId: string;
}

/** Negative when `a` comes before `b`. */
export function compareRounds(a: RoundStamp, b: RoundStamp): number {
  return (
    a.roundCreatedAt.getTime() - b.roundCreatedAt.getTime() ||
    a.period.localeCompare(b.period) ||
    a.deadline.localeCompare(b.deadline) ||
    a.roundId.localeCompare(b.roundId)
  );
}

/** The latest of the rows by round, or undefined for none. */
export function latestRound<T extends RoundStamp>(rows: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const row of rows) if (!latest || compareRounds(row, latest) > 0) latest = row;
  return latest;
}
