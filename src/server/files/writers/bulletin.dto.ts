/**
 * What a bulletin (督查通报) says, as plain data. A presenter fills it from a round's reports and statuses;
 * the .docx and HTML renderers only lay it out. Once a bulletin is published this object is stored frozen.
 */
import type { Status } from "../../../core/domain/status/status.ts";

/** An item as the bulletin names it. */
export interface BulletinItem {
  /** outline path as printed in the plan, e.g. "一/(二)/3" */
  path: string;
  /** the task's heading or first sentence */
  heading: string;
  /** responsible units, lead first */
  units: string[];
}

/** A lagging item with the status engine's reason, e.g. "应达 62.0(2025-09),实报 55.1,落后 11% → 红". */
export interface BulletinLaggingItem extends BulletinItem {
  status: "amber" | "red";
  reason: string;
}

/** A unit that still owes reports for the round. */
export interface BulletinOwingUnit {
  unitName: string;
  itemCount: number;
  /** past the round's deadline; absent in bulletins published before it was recorded (they were all past it) */
  overdue?: boolean;
  overdueDays: number;
}

/** A problem a unit raised that needs coordination. */
export interface BulletinProblem {
  unitName: string;
  heading: string;
  text: string;
}

export interface BulletinDto {
  /** e.g. "关于2025年9月重点任务推进情况的督查通报" */
  title: string;
  /** the masthead word(s) printed in red, e.g. "督查通报"; null for none */
  masthead: string | null;
  /** issue number such as "第9期"; null when not numbered */
  issueNumber: string | null;
  /** the issuing office, e.g. "市政府督查室" */
  issuer: string;
  /** date of issue, ISO YYYY-MM-DD */
  date: string;
  /** addressee line (主送机关), e.g. "各有关单位" */
  addressee: string;
  /** the round's period: "2025-09", "2025-Q3", "2025-H1" or "2025" */
  period: string;
  /** the round's reporting deadline, ISO YYYY-MM-DD (absent in bulletins published before it was recorded) */
  deadline?: string;
  /** titles of the plans the round covers */
  plans: string[];
  figures: {
    items: number;
    targets: number;
    byStatus: Record<Status, number>;
    unitsExpected: number;
    /** units that owe nothing more in the round */
    unitsReported: number;
    reportsExpected: number;
    reportsSubmitted: number;
  };
  done: BulletinItem[];
  lagging: BulletinLaggingItem[];
  owing: BulletinOwingUnit[];
  problems: BulletinProblem[];
  /** the closing paragraph(s) the supervisor edits before publishing; blank lines separate paragraphs */
  closing: string;
}
