/** The supervisor's decision on a submitted report: accept, or return with a comment. */
import { CheckOutlined, RollbackOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Input, Space } from "antd";
import { useState } from "react";
import { reportingKeys, reportsApi } from "../../api/reporting.ts";
import type { Report } from "../../api/reporting-types.ts";
import { invalidateStatus } from "../../api/status.ts";
import { useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** Accept / return buttons with the comment box (a return needs a comment). */
export function ReviewPanel({ report, onDone }: { report: Report; onDone?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const review = useMutation({
    mutationFn: (decision: "accept" | "return") => reportsApi.review(report.id, { version: report.version, decision, comment }),
    onSuccess: (_result, decision) => {
      void message.success(decision === "accept" ? t("review.decision.accepted") : t("review.decision.returned"));
      void queryClient.invalidateQueries({ queryKey: reportingKeys.reviews });
      void queryClient.invalidateQueries({ queryKey: reportingKeys.report(report.id) });
      invalidateStatus(queryClient);
      onDone?.();
    },
    onError: (error) => {
      showError(error);
      void queryClient.invalidateQueries({ queryKey: reportingKeys.report(report.id) });
    },
  });
  return (
    <Card size="small" title={t("review.decision.title")} data-testid="review-panel">
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          placeholder={t("review.decision.comment")}
          data-testid="review-comment"
        />
        <Space wrap>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={review.isPending && review.variables === "accept"}
            onClick={() => review.mutate("accept")}
            data-testid="review-accept"
          >
            {t("review.decision.accept")}
          </Button>
          <Button
            danger
            icon={<RollbackOutlined />}
            disabled={!comment.trim()}
            loading={review.isPending && review.variables === "return"}
            onClick={() => review.mutate("return")}
            data-testid="review-return"
          >
            {t("review.decision.return")}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
