/** Review a draft plan: source on the left with every extracted field highlighted, the plan tree and editors on the right. */
import { SendOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Badge, Button, Card, Col, Row, Space, Tabs, Tag, Typography } from "antd";
import { useCallback, useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ApiError } from "../../api/client.ts";
import { directoryKeys, unitsApi } from "../../api/directory.ts";
import { planKeys, plansApi } from "../../api/plans.ts";
import type { PlanDetail, Unit } from "../../api/types.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { ItemEditor } from "./item-editor.tsx";
import { PlanTreePane } from "./plan-tree-pane.tsx";
import { hasNoGaps, publishGaps } from "./publish-gaps.ts";
import type { Selection } from "./selection.ts";
import { SourcePane } from "./source-pane.tsx";
import { UnitResolver } from "./unit-resolver.tsx";
import { VersionsPanel } from "./versions-panel.tsx";

type Tab = "items" | "units" | "versions";

/** The review screen for one plan. */
export default function ReviewPage() {
  const { id = "" } = useParams();
  const plan = useQuery({ queryKey: planKeys.detail(id), queryFn: () => plansApi.get(id) });
  const units = useQuery({ queryKey: directoryKeys.units, queryFn: unitsApi.list });
  return (
    <QueryView query={plan} rows={12}>
      {(detail) => <ReviewWorkspace detail={detail} directory={units.data ?? []} />}
    </QueryView>
  );
}

function ReviewWorkspace({ detail, directory }: { detail: PlanDetail; directory: Unit[] }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const planId = detail.plan.id;
  const [selection, setSelection] = useState<Selection>({ itemId: detail.items[0]?.id ?? null });
  const [tab, setTab] = useState<Tab>("items");
  const unresolved = detail.units.filter((unit) => !unit.unitId);
  const unitNames = useMemo(
    () => [...new Set([...directory.map((unit) => unit.name), ...detail.units.map((unit) => unit.name)])],
    [directory, detail.units],
  );
  const selectedItem = detail.items.find((item) => item.id === selection.itemId) ?? null;

  const select = useCallback((next: Selection) => {
    setSelection(next);
    if (next.unitName) setTab((current) => (current === "versions" ? "units" : current));
  }, []);
  const selectItem = useCallback((itemId: string) => setSelection({ itemId }), []);
  const pickUnit = useCallback(
    (name: string) => {
      const item = detail.items.find((candidate) => candidate.assignments.some((assignment) => assignment.name === name));
      setSelection({ itemId: item?.id ?? null, unitName: name });
    },
    [detail.items],
  );

  const publish = useMutation({
    mutationFn: () => plansApi.publish(planId),
    onSuccess: () => {
      void message.success(t("review.publish.done"));
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (error) => {
      const names = error instanceof ApiError ? error.details?.unresolved : undefined;
      if (Array.isArray(names)) {
        setTab("units");
        modal.warning({
          title: t("review.publish.unresolvedTitle"),
          content: t("review.publish.unresolvedBody", { names: names.join("、") }),
        });
      } else {
        showError(error);
      }
    },
  });

  /** Publishing sends the plan to every unit's inbox, so it asks first and lists what is still empty. */
  const confirmPublish = () => {
    const gaps = publishGaps(detail.items);
    const listed = (paths: string[]) => paths.slice(0, 12).join("、") + (paths.length > 12 ? "…" : "");
    modal.confirm({
      title: t("review.publish.confirmTitle"),
      content: hasNoGaps(gaps) ? (
        t("review.publish.confirmReady", { items: detail.items.length })
      ) : (
        <ul data-testid="publish-gaps">
          {gaps.tasksWithoutUnit.length > 0 && (
            <li>{t("review.publish.gapUnits", { count: gaps.tasksWithoutUnit.length, paths: listed(gaps.tasksWithoutUnit) })}</li>
          )}
          {gaps.targetsWithoutDeadline.length > 0 && (
            <li>{t("review.publish.gapDeadlines", { count: gaps.targetsWithoutDeadline.length, paths: listed(gaps.targetsWithoutDeadline) })}</li>
          )}
        </ul>
      ),
      okText: hasNoGaps(gaps) ? t("review.publish.button") : t("review.publish.confirmOk"),
      okButtonProps: { "data-testid": "publish-confirm" },
      onOk: () => publish.mutate(),
    });
  };

  const published = detail.plan.status === "published";
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <div className="toolbar" style={{ marginBottom: 0 }}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="plan-title">
            {detail.plan.title}
          </Typography.Title>
          <Tag color={published ? "green" : "gold"}>{t(`plans.status.${detail.plan.status}`)}</Tag>
          <Typography.Text type="secondary">
            {t("review.counts", { items: detail.items.length, units: detail.units.length, unresolved: unresolved.length })}
          </Typography.Text>
        </Space>
        <Space>
          <Link to={`/plans/${planId}`}>
            <Button>{t("review.toPlan")}</Button>
          </Link>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={publish.isPending}
            onClick={confirmPublish}
            data-testid="publish"
          >
            {published ? t("review.publish.again") : t("review.publish.button")}
          </Button>
        </Space>
      </div>
      {(detail.plan.warnings ?? []).length > 0 && (
        <Alert type="warning" showIcon title={t("review.warnings")} description={(detail.plan.warnings ?? []).join(";")} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card size="small" title={t("review.source")}>
            <SourcePane detail={detail} selection={selection} onSelect={select} />
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" className="review-side">
            <Tabs
              activeKey={tab}
              onChange={(key) => setTab(key as Tab)}
              items={[
                {
                  key: "items",
                  label: t("review.tab.items"),
                  children: (
                    <Space orientation="vertical" style={{ width: "100%" }}>
                      <PlanTreePane items={detail.items} selectedId={selection.itemId} onSelect={selectItem} height={240} />
                      {selectedItem ? (
                        <ItemEditor
                          planId={planId}
                          item={selectedItem}
                          unitNames={unitNames}
                          selection={selection}
                          onSelect={select}
                        />
                      ) : (
                        <Typography.Text type="secondary">{t("review.item.none")}</Typography.Text>
                      )}
                    </Space>
                  ),
                },
                {
                  key: "units",
                  label: (
                    <Badge count={unresolved.length} size="small" offset={[8, -2]}>
                      {t("review.tab.units")}
                    </Badge>
                  ),
                  children: (
                    <UnitResolver
                      planId={planId}
                      resolutions={detail.units}
                      directory={directory}
                      activeName={selection.unitName}
                      onPick={pickUnit}
                    />
                  ),
                },
                { key: "versions", label: t("review.tab.versions"), children: <VersionsPanel planId={planId} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
