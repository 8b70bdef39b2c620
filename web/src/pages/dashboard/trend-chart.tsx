/** The trend of one quantitative target: reported values against the trajectory's expected values, by period. */
import { useQuery } from "@tanstack/react-query";
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import echartsForReactImport from "echarts-for-react/esm/core.js";
import type { EChartsReactProps } from "echarts-for-react/esm/types.js";
import type { ComponentType } from "react";
import { directoryKeys, unitsApi } from "../../api/directory.ts";
import { type SeriesPoint, statusApi, statusKeys } from "../../api/status.ts";
import { QueryView } from "../../components/feedback.tsx";
import { esModuleDefault } from "../../interop.ts";
import { useI18n } from "../../locales/i18n.tsx";

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
const ReactEChartsCore = esModuleDefault<ComponentType<EChartsReactProps>>(echartsForReactImport);

/** Periods in order, the expected value per period, and the reported values per unit. */
export function seriesByUnit(points: SeriesPoint[]) {
  const periods = [...new Set(points.map((point) => point.period))].sort();
  const expected = periods.map((period) => points.find((point) => point.period === period && point.expected !== null)?.expected ?? null);
  const unitIds = [...new Set(points.map((point) => point.unitId))];
  const actual = unitIds.map((unitId) => ({
    unitId,
    values: periods.map((period) => points.find((point) => point.period === period && point.unitId === unitId)?.value ?? null),
  }));
  return { periods, expected, actual };
}

const COLORS = ["#b4232a", "#1677ff", "#13a8a8", "#d48806", "#722ed1", "#eb2f96"];

/** The ECharts line chart for a target: one line per reporting unit, the trajectory dashed. */
export default function TrendChart({ targetId }: { targetId: string }) {
  const { t } = useI18n();
  const series = useQuery({ queryKey: statusKeys.series(targetId), queryFn: () => statusApi.series(targetId) });
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  const unitName = new Map((units.data ?? []).map((unit) => [unit.id, unit.name]));
  return (
    <QueryView query={series} isEmpty={(points) => points.length === 0} emptyText={t("dashboard.trend.empty")} rows={4}>
      {(points) => {
        const { periods, expected, actual } = seriesByUnit(points);
        const expectedName = t("dashboard.trend.expected");
        const actualName = (unitId: string) => (actual.length > 1 ? (unitName.get(unitId) ?? unitId) : t("dashboard.trend.actual"));
        return (
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 280, width: "100%" }}
            notMerge
            option={{
              animation: false,
              tooltip: { trigger: "axis" },
              legend: { top: 0, type: "scroll" },
              grid: { left: 48, right: 16, top: 36, bottom: 28 },
              xAxis: { type: "category", data: periods },
              yAxis: { type: "value", scale: true },
              series: [
                ...actual.map((line, index) => ({
                  name: actualName(line.unitId),
                  type: "line" as const,
                  data: line.values,
                  symbolSize: 8,
                  itemStyle: { color: COLORS[index % COLORS.length] },
                })),
                { name: expectedName, type: "line" as const, data: expected, lineStyle: { type: "dashed" as const }, itemStyle: { color: "#8c8c8c" } },
              ],
            }}
          />
        );
      }}
    </QueryView>
  );
}
