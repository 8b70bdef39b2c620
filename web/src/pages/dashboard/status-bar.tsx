/** A thin stacked bar of status counts (red, amber, green, done, not started), with the counts on hover. */
import { STATUSES, type StatusCounts } from "../../api/reporting-types.ts";
import { STATUS_COLORS } from "../../components/status.tsx";
import { useI18n } from "../../locales/i18n.tsx";

const ORDER = ["red", "amber", "green", "done", "not_started"] as const satisfies readonly (typeof STATUSES)[number][];

/** The bar; empty groups show a grey track. */
export function StatusBar({ counts }: { counts: StatusCounts }) {
  const { t } = useI18n();
  const total = ORDER.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const title = ORDER.map((status) => `${t(`status.${status}`)} ${counts[status] ?? 0}`).join(" · ");
  return (
    <div className="status-bar" title={title}>
      {total > 0 &&
        ORDER.filter((status) => counts[status] > 0).map((status) => (
          <span key={status} style={{ width: `${(counts[status] / total) * 100}%`, background: STATUS_COLORS[status] }} />
        ))}
    </div>
  );
}
