/** Import a policy document (upload a file or paste its text) and watch it being parsed into a draft plan. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Result, Space, Steps, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { errorMessage } from "../../api/errors.ts";
import { type ImportSource, planKeys, plansApi } from "../../api/plans.ts";
import { SourcePicker } from "../../components/source-picker.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** Seconds since `running` became true, ticking every 100 ms while it stays true. */
function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = performance.now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed((performance.now() - started) / 1000), 100);
    return () => clearInterval(timer);
  }, [running]);
  return elapsed;
}

/** The import page. */
export default function ImportPage() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<ImportSource | null>(null);
  const importing = useMutation({
    mutationFn: (source: ImportSource) => plansApi.import(source),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
  const elapsed = useElapsed(importing.isPending);

  if (importing.isSuccess) {
    const plan = importing.data.plan;
    return (
      <Card>
        <Result
          status="success"
          title={t("import.done.title")}
          subTitle={plan.title}
          extra={[
            <Link key="review" to={`/plans/${plan.id}/review`}>
              <Button type="primary" data-testid="start-review">
                {t("import.done.review")}
              </Button>
            </Link>,
            <Button key="again" onClick={() => importing.reset()}>
              {t("import.done.again")}
            </Button>,
          ]}
        >
          <Descriptions column={{ xs: 1, sm: 3 }} bordered size="small">
            <Descriptions.Item label={t("plans.field.items")}>{plan.counts.items}</Descriptions.Item>
            <Descriptions.Item label={t("plans.field.targets")}>{plan.counts.targets}</Descriptions.Item>
            <Descriptions.Item label={t("plans.field.units")}>{plan.counts.units}</Descriptions.Item>
          </Descriptions>
        </Result>
      </Card>
    );
  }

  return (
    <Card title={t("import.title")}>
      <Space orientation="vertical" size="large" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t("import.hint")}
        </Typography.Paragraph>
        <SourcePicker disabled={importing.isPending} onChange={setSource} />
        {importing.isPending && (
          <Card size="small">
            <Steps
              size="small"
              current={1}
              items={[
                { title: t("import.step.upload") },
                { title: t("import.step.parse"), status: "process", description: t("import.elapsed", { seconds: elapsed.toFixed(1) }) },
                { title: t("import.step.done") },
              ]}
            />
          </Card>
        )}
        {importing.isError && <Alert type="error" showIcon title={errorMessage(importing.error, t, locale)} />}
        <Button
          type="primary"
          size="large"
          disabled={!source}
          loading={importing.isPending}
          onClick={() => source && importing.mutate(source)}
          data-testid="import-submit"
        >
          {importing.isPending ? t("import.parsing") : t("import.submit")}
        </Button>
      </Space>
    </Card>
  );
}
