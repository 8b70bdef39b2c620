/**
 * The leaders' dashboard: red / amber / green counts for the filter (plan, unit, period), roll-ups by plan, unit and
 * region, who has not reported (逾期未报) apart from who lags (进度滞后) with each reason one click away, and the
 * trend of a quantitative target against its trajectory.
 */
import { ClockCircleOutlined, InfoCircleOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Col, DatePicker, List, Popover, Row, Select, Space, Spin, Statistic, Table, Tabs, Tag, TreeSelect, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { lazy, Suspense, useMemo, useState } from "react";
import { Link } from "react-router-dom";
import { directoryKeys, unitsApi } from "../../api/directory.ts";
import { planKeys, plansApi } from "../../api/plans.ts";
import { STATUSES, type Status } from "../../api/reporting-types.ts";
import { type Dashboard, type DashboardEntry, type RollupSummary, type StatusFilter, type TargetStatus, statusApi, statusKeys } from "../../api/status.ts";
import { QueryView } from "../../components/feedback.tsx";
import { STATUS_COLORS, StatusLight } from "../../components/status.tsx";
import { unitTreeData } from "../../components/unit-tree.ts";
import { useI18n } from "../../locales/i18n.tsx";
import { StatusBar } from "./status-bar.tsx";

const TrendChart = lazy(() => import("./trend-chart.tsx"));

/** The dashboard page. */
export default function DashboardPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<StatusFilter>({});
  const [month, setMonth] = useState<Dayjs | null>(null);
  const plans = useQuery({ queryKey: planKeys.all, queryFn: plansApi.list });
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  const dashboard = useQuery({ queryKey: statusKeys.dashboard(filter), queryFn: () => statusApi.dashboard(filter) });
  const reported = useQuery({ queryKey: statusKeys.reportedTargets(filter), queryFn: () => statusApi.reportedTargets(filter) });
  const targets = reported.data ?? [];
  const unitTree = useMemo(() => unitTreeData(units.data ?? []), [units.data]);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small">
        <Space wrap>
          <Select
            allowClear
            placeholder={t("dashboard.filter.plan")}
            style={{ width: 260 }}
            value={filter.planId}
            onChange={(planId?: string) => setFilter((current) => ({ ...current, planId }))}
            options={(plans.data ?? []).filter((plan) => plan.status === "published").map((plan) => ({ value: plan.id, label: plan.title }))}
            data-testid="filter-plan"
          />
          <TreeSelect
            allowClear
            showSearch
            treeNodeFilterProp="title"
            placeholder={t("dashboard.filter.unit")}
            style={{ width: 200 }}
            value={filter.unitId}
            onChange={(unitId?: string) => setFilter((current) => ({ ...current, unitId }))}
            treeData={unitTree}
          />
          <DatePicker
            picker="month"
            placeholder={t("dashboard.filter.period")}
            value={month}
            onChange={(value) => {
              setMonth(value);
              setFilter((current) => ({ ...current, period: value ? value.format("YYYY-MM") : undefined }));
            }}
          />
        </Space>
      </Card>
      <QueryView query={dashboard} rows={10}>
        {(data) => <DashboardBody data={data} targets={targets} onFilter={(next) => setFilter((current) => ({ ...current, ...next }))} />}
      </QueryView>
    </Space>
  );
}

interface BodyProps {
  data: Dashboard;
  /** targets with a reported value, worst first, for the trend chart */
  targets: TargetStatus[];
  onFilter: (next: StatusFilter) => void;
}

/** One row of a roll-up table, whatever it groups by. */
interface RollupRow extends RollupSummary {
  key: string;
  name: string;
}

function entryLabel(entry: DashboardEntry): string {
  return [entry.path.join(" / "), entry.heading].filter(Boolean).join("  ");
}

function DashboardBody({ data, targets, onFilter }: BodyProps) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Status | null>(null);
  const [trendTarget, setTrendTarget] = useState<string | null>(null);
  const lagging = shown ? data.lagging.filter((row) => row.status === shown) : data.lagging;
  const planTitle = new Map(data.byPlan.map((row) => [row.planId, row.title]));
  const chartTarget = targets.find((target) => target.targetId === trendTarget) ?? targets[0] ?? null;
  const groups: Record<"plan" | "unit" | "region", RollupRow[]> = {
    plan: data.byPlan.map((row) => ({ ...row, key: row.planId, name: row.title })),
    unit: data.byUnit.map((row) => ({ ...row, key: row.unitId, name: row.name })),
    region: data.byRegion.map((row) => ({ ...row, key: row.region, name: row.region })),
  };

  const rollupColumns = (key: "plan" | "unit" | "region") => [
    {
      title: t(`dashboard.by.${key}`),
      dataIndex: "name",
      width: 240,
      render: (name: string, row: RollupRow) =>
        key === "plan" ? (
          <Typography.Link onClick={() => onFilter({ planId: row.key })}>{name}</Typography.Link>
        ) : key === "unit" ? (
          <Typography.Link onClick={() => onFilter({ unitId: row.key })}>{name}</Typography.Link>
        ) : (
          name
        ),
    },
    { title: t("dashboard.distribution"), width: 200, render: (_: unknown, row: RollupRow) => <StatusBar counts={row.counts} /> },
    ...(["red", "amber", "green"] as const).map((status) => ({
      title: <StatusLight status={status} />,
      width: 110,
      align: "right" as const,
      render: (_: unknown, row: RollupRow) => row.counts[status] ?? 0,
    })),
    {
      title: t("dashboard.onTrack"),
      width: 100,
      align: "right" as const,
      render: (_: unknown, row: RollupRow) => (row.onTrackShare == null ? "—" : `${Math.round(row.onTrackShare * 100)}%`),
    },
    {
      title: t("status.overdue"),
      width: 90,
      align: "right" as const,
      render: (_: unknown, row: RollupRow) => (row.overdue ? <Tag color="red">{row.overdue}</Tag> : 0),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Row gutter={[12, 12]} className="stat-row">
        {STATUSES.map((status) => (
          <Col key={status} xs={12} sm={8} lg={4}>
            <Card
              size="small"
              className={shown === status ? "stat-card stat-card-active" : "stat-card"}
              onClick={() => setShown(shown === status ? null : status)}
              data-testid={`count-${status}`}
            >
              <Statistic
                title={<StatusLight status={status} />}
                value={data.counts[status] ?? 0}
                styles={{ content: { color: status === "not_started" ? undefined : STATUS_COLORS[status] } }}
              />
            </Card>
          </Col>
        ))}
        <Col xs={12} sm={8} lg={4}>
          <Card size="small" className="stat-card" data-testid="count-overdue">
            <Statistic
              title={
                <span className="tree-title">
                  <ClockCircleOutlined style={{ color: "#cf1322" }} />
                  {t("status.overdue")}
                </span>
              }
              value={data.overdueTotal}
              styles={{ content: { color: "#cf1322" } }}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              shown
                ? t("dashboard.lagging.filtered", { status: t(`status.${shown}`) })
                : t("dashboard.lagging.titleCount", { count: data.laggingTotal })
            }
            extra={shown && <Button size="small" onClick={() => setShown(null)}>{t("common.all")}</Button>}
          >
            <List<DashboardEntry & { status: Status }>
              size="small"
              dataSource={lagging}
              locale={{ emptyText: t("dashboard.lagging.empty") }}
              pagination={lagging.length > 8 ? { pageSize: 8, size: "small" } : false}
              data-testid="lagging-list"
              renderItem={(row) => (
                <List.Item
                  actions={[
                    <Popover key="reason" trigger="click" title={t("dashboard.reason")} content={<div className="reason-text">{row.reason}</div>}>
                      <Button size="small" type="link" icon={<InfoCircleOutlined />} data-testid="reason">
                        {t("dashboard.reason")}
                      </Button>
                    </Popover>,
                  ]}
                >
                  <List.Item.Meta
                    avatar={<StatusLight status={row.status} compact />}
                    title={<Link to={`/plans/${row.planId}`}>{entryLabel(row) || t("dashboard.untitled")}</Link>}
                    description={
                      <Typography.Text type="secondary" ellipsis style={{ maxWidth: "100%" }}>
                        {planTitle.get(row.planId) ?? ""}
                      </Typography.Text>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t("dashboard.overdue.title")}>
            <List<DashboardEntry>
              size="small"
              dataSource={data.overdue}
              locale={{ emptyText: t("dashboard.overdue.empty") }}
              pagination={data.overdue.length > 8 ? { pageSize: 8, size: "small" } : false}
              data-testid="overdue-list"
              renderItem={(row) => (
                <List.Item>
                  <List.Item.Meta
                    avatar={<ClockCircleOutlined style={{ color: "#cf1322" }} />}
                    title={<Link to={`/plans/${row.planId}`}>{entryLabel(row) || t("dashboard.untitled")}</Link>}
                    description={<Typography.Text type="danger">{row.reason}</Typography.Text>}
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t("dashboard.trend.title")}
        extra={
          targets.length > 0 && (
            <Select
              size="small"
              style={{ width: 280, maxWidth: "60vw" }}
              value={chartTarget?.targetId}
              onChange={setTrendTarget}
              options={targets.map((target) => ({ value: target.targetId, label: target.quote }))}
            />
          )
        }
      >
        {chartTarget ? (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Space wrap>
              <StatusLight status={chartTarget.status} />
              <Typography.Text type="secondary">{chartTarget.reason}</Typography.Text>
            </Space>
            <Suspense fallback={<Spin className="page-spin" />}>
              <TrendChart targetId={chartTarget.targetId} />
            </Suspense>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t("dashboard.trend.none")}</Typography.Text>
        )}
      </Card>
      <Card size="small">
        <Tabs
          items={(["plan", "unit", "region"] as const).map((key) => {
            const rows = groups[key];
            return {
              key,
              label: t(`dashboard.by.${key}`),
              children: (
                <Table<RollupRow>
                  rowKey="key"
                  size="small"
                  dataSource={rows}
                  pagination={rows.length > 10 ? { pageSize: 10, size: "small" } : false}
                  scroll={{ x: 720 }}
                  columns={rollupColumns(key)}
                  locale={{ emptyText: t("common.empty") }}
                />
              ),
            };
          })}
        />
        {Object.keys(data.rules).length > 0 && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
            {t("dashboard.rules")}
            {Object.values(data.rules).join(";")}
          </Typography.Paragraph>
        )}
      </Card>
    </Space>
  );
}
