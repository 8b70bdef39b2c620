/** Status lights and report-status tags, with their labels from the locale files. */
import { Tag } from "antd";
import type { ReportStatus, Status } from "../api/reporting-types.ts";
import { useI18n } from "../locales/i18n.tsx";

/** The colour of each status light. */
export const STATUS_COLORS: Record<Status, string> = {
  green: "#52c41a",
  amber: "#faad14",
  red: "#f5222d",
  done: "#1677ff",
  not_started: "#bfbfbf",
};

/** A coloured dot with the status label beside it (or only the dot with a title when `compact`). */
export function StatusLight({ status, compact }: { status: Status; compact?: boolean }) {
  const { t } = useI18n();
  const label = t(`status.${status}`);
  return (
    <span className="tree-title" title={label}>
      <span className="status-dot" style={{ background: STATUS_COLORS[status] }} />
      {!compact && <span>{label}</span>}
    </span>
  );
}

const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  not_started: "default",
  draft: "processing",
  submitted: "blue",
  returned: "red",
  accepted: "green",
};

/** A tag for where a report stands (未填报 / 草稿 / 已提交 / 已退回 / 已通过). */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useI18n();
  return <Tag color={REPORT_STATUS_COLORS[status]}>{t(`reportStatus.${status}`)}</Tag>;
}
