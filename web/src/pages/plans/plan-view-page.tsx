/** A plan at a glance: the outline with status lights, the selected item's units by role and its targets with progress. */
import { DownloadOutlined, TrophyOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Col, Descriptions, Empty, Progress, Row, Space, Table, Tag, Tree, type TreeDataNode, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { accessFor, may } from "../../access.ts";
import { exportsApi } from "../../api/exports.ts";
import { planKeys, plansApi } from "../../api/plans.ts";
import { type ItemStatus, type TargetStatus, statusApi, statusKeys } from "../../api/status.ts";
import { type ItemDto, type PlanDetail, type TargetDto, UNIT_ROLES } from "../../api/types.ts";
import { QueryView } from "../../components/feedback.tsx";
import { COMPARISON_KEYS, ROLE_KEYS } from "../../components/labels.ts";
import { StatusLight } from "../../components/status.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { useSession } from "../../session.tsx";
import { buildItemTree, type ItemNode, itemLabel } from "../review/plan-tree.ts";
import { OverrideButton } from "./override-button.tsx";

/** Progress towards a target value, as a percentage clamped to [0, 100]; null without a reported value. */
export function targetProgress(target: Pick<TargetDto, "value" | "cmp">, latest: number | null | undefined): number | null {
  if (latest == null || target.value === 0) return null;
  const ratio = target.cmp === "<=" ? target.value / Math.max(latest, Number.EPSILON) : latest / target.value;
  return Math.max(0, Math.min(100, Math.round(ratio * 100)));
}

/** The plan page. */
export default function PlanViewPage() {
  const { id = "" } = useParams();
  const plan = useQuery({ queryKey: planKeys.detail(id), queryFn: () => plansApi.get(id) });
  const status = useQuery({ queryKey: statusKeys.status({ planId: id }), queryFn: () => statusApi.status({ planId: id }), retry: false });
  return (
    <QueryView query={plan} rows={12}>
      {(detail) => <PlanScreen detail={detail} items={status.data?.items ?? []} />}
    </QueryView>
  );
}

function PlanScreen({ detail, items }: { detail: PlanDetail; items: ItemStatus[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [selectedId, setSelectedId] = useState<string | null>(detail.items[0]?.id ?? null);
  const itemStatus = useMemo(() => new Map(items.map((entry) => [entry.itemId, entry])), [items]);
  const targetStatus = useMemo(
    () => new Map(items.flatMap((entry) => entry.targets).map((target) => [target.targetId, target])),
    [items],
  );
  const tree = useMemo(() => {
    const toNode = ({ item, children }: ItemNode): TreeDataNode => {
      const judged = itemStatus.get(item.id);
      return {
        key: item.id,
        title: (
          <span className="tree-title">
            {judged && <StatusLight status={judged.status} compact />}
            <span className="tree-title-text">{itemLabel(item)}</span>
            {judged?.overdue && <Tag color="red">{t("status.overdue")}</Tag>}
          </span>
        ),
        children: children.map(toNode),
      };
    };
    return buildItemTree(detail.items).map(toNode);
  }, [detail.items, itemStatus, t]);
  const selected = detail.items.find((item) => item.id === selectedId) ?? null;
  const meta = detail.plan.meta;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card size="small">
        <div className="toolbar" style={{ marginBottom: 8 }}>
          <Space wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {detail.plan.title}
            </Typography.Title>
            <Tag color={detail.plan.status === "published" ? "green" : "gold"}>{t(`plans.status.${detail.plan.status}`)}</Tag>
          </Space>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={exportsApi.planXlsxUrl(detail.plan.id)} data-testid="plan-export">
              {t("plan.exportXlsx")}
            </Button>
            {detail.plan.status === "published" && (
              <Link to={`/assessment/${detail.plan.id}`}>
                <Button icon={<TrophyOutlined />}>{t("menu.assessment")}</Button>
              </Link>
            )}
            {accessFor(user).canManagePlans && (
              <Link to={`/plans/${detail.plan.id}/review`}>
                <Button>{t("plans.action.review")}</Button>
              </Link>
            )}
          </Space>
        </div>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t("plan.meta.issuer")}>{meta.issuer ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("plan.meta.docNumber")}>{meta.docNumber ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("plan.meta.date")}>{meta.date ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("plan.meta.period")}>{meta.period ? meta.period.join("–") : "—"}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t("plan.outline")}>
            {tree.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Tree
                treeData={tree}
                height={520}
                blockNode
                defaultExpandAll
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selected ? (
            <ItemPanel
              item={selected}
              judged={itemStatus.get(selected.id)}
              targetStatus={targetStatus}
              canOverride={may(user, "status.override") && detail.plan.status === "published"}
            />
          ) : (
            <Card>
              <Empty description={t("review.item.none")} />
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}

interface ItemPanelProps {
  item: ItemDto;
  judged?: ItemStatus;
  targetStatus: Map<string, TargetStatus>;
  canOverride: boolean;
}

function ItemPanel({ item, judged, targetStatus, canOverride }: ItemPanelProps) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        size="small"
        title={itemLabel(item)}
        extra={
          <Space size={0}>
            {judged && <StatusLight status={judged.status} />}
            {canOverride && <OverrideButton subject={{ itemId: item.id }} current={judged?.status} />}
          </Space>
        }
      >
        {judged?.reason && (
          <Typography.Paragraph type="secondary">
            {judged.overridden && <Tag color="purple">{t("override.tag")}</Tag>}
            {judged.reason}
          </Typography.Paragraph>
        )}
        {judged?.overdue && <Typography.Paragraph type="danger">{judged.overdueReason}</Typography.Paragraph>}
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }} ellipsis={{ rows: 6, expandable: true }}>
          {item.text ?? item.anchor}
        </Typography.Paragraph>
        <Descriptions size="small" column={1}>
          {UNIT_ROLES.map((role) => {
            const names = item.assignments.filter((assignment) => assignment.role === role);
            return (
              <Descriptions.Item key={role} label={t(ROLE_KEYS[role])}>
                {names.length === 0
                  ? "—"
                  : names.map((assignment) => (
                      <Tag key={assignment.id} color={role === "lead" ? "red" : role === "support" ? "blue" : "green"}>
                        {assignment.name}
                      </Tag>
                    ))}
              </Descriptions.Item>
            );
          })}
          {item.when.length > 0 && <Descriptions.Item label={t("review.item.when")}>{item.when.join("、")}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title={t("review.targets.title", { count: item.targets.length })}>
        {item.targets.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("review.targets.empty")} />
        ) : (
          <Table<TargetDto>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={item.targets}
            scroll={{ x: 560 }}
            columns={[
              {
                title: t("target.metric"),
                render: (_, target) => (
                  <Space orientation="vertical" size={0}>
                    <span>{target.metric ?? target.quote}</span>
                    {target.aspirational && <Tag color="purple">{t("target.aspirational")}</Tag>}
                  </Space>
                ),
              },
              {
                title: t("target.value"),
                width: 130,
                render: (_, target) => `${t(COMPARISON_KEYS[target.cmp])} ${target.value}${target.unit ?? ""}`,
              },
              {
                title: t("plan.progress"),
                width: 190,
                render: (_, target) => {
                  const judged = targetStatus.get(target.id);
                  const percent = targetProgress(target, judged?.actual);
                  if (percent === null) return <Typography.Text type="secondary">{t("plan.noData")}</Typography.Text>;
                  const color = judged?.status === "red" ? "#f5222d" : judged?.status === "amber" ? "#faad14" : "#52c41a";
                  return <Progress percent={percent} size="small" strokeColor={color} format={() => `${judged?.actual}${target.unit ?? ""}`} />;
                },
              },
              {
                title: t("plan.status"),
                width: 90,
                render: (_, target) => {
                  const judged = targetStatus.get(target.id);
                  return judged ? (
                    <span title={judged.reason}>
                      <StatusLight status={judged.status} />
                    </span>
                  ) : (
                    "—"
                  );
                },
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
