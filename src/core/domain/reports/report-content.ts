/** What a report says: its values per target and its text, the shape the database keeps and the history compares. */

/** The value reported for one target; `value` null needs `noDataReason`. */
export interface ReportedValue {
  targetId: string;
  value: number | null;
  noDataReason?: string | null;
  /** why a value jumps against the last round or the same period last year */
  explanation?: string | null;
}

/** What a submission said, kept in the history so a reviewer sees what changed. */
export interface ReportContent {
  progress: string;
  problems: string;
  completed: boolean;
  values: ReportedValue[];
}
