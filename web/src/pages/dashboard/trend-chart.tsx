/** The trend of one quantitative target: reported values against the trajectory's expected values, by period. */
import { useQuery } from "@tanstack/react-query";
import { Empty } from "antd";
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import echartsForReactImport from "echarts-for-react/esm/core.js";
import type { EChartsReactProps } from "echarts-for-react/esm/types.js";
import type { ComponentType } from "react";
import { statusApi, statusKeys } from "../../api/status.ts";
import { QueryView } from "../../components/feedback.tsx";
import { esModuleDefault } from "../../interop.ts";
import { useI18n } from "../../locales/i18n.tsx";

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
const ReactEChartsCore = esModuleDefault<ComponentType<EChartsReactProps>>(echartsForReactImport);

/** The ECharts line chart for a target. */
export default function TrendChart({ targetId, unit }: { targetId: string; unit?: string | null }) {
  const { t } = useI18n();
  const series = useQuery({ queryKey: statusKeys.series(targetId), queryFn: () => statusApi.series(targetId) });
  return (
    <QueryView query={series} isEmpty={(points) => points.length === 0} emptyText={t("dashboard.trend.empty")} rows={4}>
      {(points) =>
        points.length === 0 ? (
          <Empty />
        ) : (
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 280, width: "100%" }}
            notMerge
            option={{
              tooltip: { trigger: "axis" },
              legend: { data: [t("dashboard.trend.actual"), t("dashboard.trend.expected")], top: 0 },
              grid: { left: 48, right: 16, top: 36, bottom: 28 },
              xAxis: { type: "category", data: points.map((point) => point.period) },
              yAxis: { type: "value", name: unit ?? "", scale: true },
              series: [
                {
                  name: t("dashboard.trend.actual"),
                  type: "line",
                  data: points.map((point) => point.value),
                  connectNulls: false,
                  symbolSize: 8,
                  itemStyle: { color: "#b4232a" },
                },
                {
                  name: t("dashboard.trend.expected"),
                  type: "line",
                  data: points.map((point) => point.expected),
                  lineStyle: { type: "dashed" },
                  itemStyle: { color: "#8c8c8c" },
                },
              ],
            }}
          />
        )
      }
    </QueryView>
  );
}
