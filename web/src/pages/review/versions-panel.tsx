/** The plan's versions: import a revised document as a new version, and see what changed between any two. */
import { CloudUploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Select, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { errorMessage } from "../../api/errors.ts";
import { type ImportSource, planKeys, plansApi } from "../../api/plans.ts";
import type { PlanDiff } from "../../api/types.ts";
import { QueryView } from "../../components/feedback.tsx";
import { SourcePicker } from "../../components/source-picker.tsx";
import { useI18n } from "../../locales/i18n.tsx";
import { DiffView } from "./diff-view.tsx";

/** The versions tab of the review screen. */
export function VersionsPanel({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: planKeys.versions(planId), queryFn: () => plansApi.versions(planId) });
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [range, setRange] = useState<{ from?: number; to?: number }>({});
  const [lastDiff, setLastDiff] = useState<PlanDiff | null>(null);
  const upload = useMutation({
    mutationFn: (picked: ImportSource) => plansApi.newVersion(planId, picked),
    onSuccess: (result) => {
      setLastDiff(result.diff);
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) });
    },
  });
  const list = versions.data ?? [];
  const latest = list.length ? Math.max(...list.map((version) => version.revision)) : undefined;
  const from = range.from ?? (latest && latest > 1 ? latest - 1 : undefined);
  const to = range.to ?? latest;
  const diff = useQuery({
    queryKey: planKeys.diff(planId, from ?? 0, to ?? 0),
    queryFn: () => plansApi.diff(planId, from ?? 0, to ?? 0),
    enabled: from !== undefined && to !== undefined && from !== to,
  });
  const options = list.map((version) => ({
    value: version.revision,
    label: t("review.versions.option", { version: version.revision, date: dayjs(version.createdAt).format("YYYY-MM-DD HH:mm") }),
  }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Button icon={<CloudUploadOutlined />} onClick={() => setOpen(true)}>
        {t("review.versions.upload")}
      </Button>
      {lastDiff && (
        <>
          <Typography.Title level={5}>{t("review.versions.lastDiff")}</Typography.Title>
          <DiffView diff={lastDiff} />
        </>
      )}
      <QueryView query={versions} rows={3}>
        {() =>
          list.length < 2 ? (
            <Typography.Text type="secondary">{t("review.versions.single")}</Typography.Text>
          ) : (
            <Space orientation="vertical" style={{ width: "100%" }}>
              <Space wrap>
                <Select style={{ width: 200 }} options={options} value={from} onChange={(value: number) => setRange({ from: value, to })} />
                <span>→</span>
                <Select style={{ width: 200 }} options={options} value={to} onChange={(value: number) => setRange({ from, to: value })} />
              </Space>
              {from !== to && <QueryView query={diff} rows={3}>{(data) => <DiffView diff={data} />}</QueryView>}
            </Space>
          )
        }
      </QueryView>
      <Modal
        open={open}
        width={720}
        title={t("review.versions.upload")}
        okText={t("import.submit")}
        okButtonProps={{ disabled: !source }}
        confirmLoading={upload.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => source && upload.mutate(source)}
        destroyOnHidden
      >
        <SourcePicker disabled={upload.isPending} onChange={setSource} />
        {upload.isError && <Alert type="error" showIcon title={errorMessage(upload.error, t, locale)} />}
      </Modal>
    </Space>
  );
}
