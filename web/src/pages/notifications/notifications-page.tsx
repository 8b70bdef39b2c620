/** The in-app inbox of notifications: reminders, escalations, returned reports; opening one marks it read. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Card, List, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useNavigate } from "react-router-dom";
import { notificationsApi, reportingKeys } from "../../api/reporting.ts";
import type { Notification } from "../../api/reporting-types.ts";
import { QueryView, useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** The notifications page. */
export default function NotificationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: reportingKeys.notifications, queryFn: notificationsApi.list });
  const read = useMutation({
    mutationFn: (id: string) => notificationsApi.read(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.notifications }),
    onError: showError,
  });
  const open = (notification: Notification) => {
    if (!notification.read) read.mutate(notification.id);
    if (notification.link?.startsWith("/")) navigate(notification.link);
  };
  return (
    <Card title={t("menu.notifications")}>
      <QueryView query={list} isEmpty={(rows) => rows.length === 0} emptyText={t("notifications.empty")}>
        {(rows) => (
          <List<Notification>
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            renderItem={(notification) => (
              <List.Item
                actions={[
                  notification.link ? (
                    <Button key="open" type="link" onClick={() => open(notification)}>
                      {t("common.open")}
                    </Button>
                  ) : !notification.read ? (
                    <Button key="read" type="link" onClick={() => read.mutate(notification.id)}>
                      {t("notifications.markRead")}
                    </Button>
                  ) : null,
                ]}
              >
                <List.Item.Meta
                  avatar={<Badge dot={!notification.read} />}
                  title={
                    <Space wrap>
                      <Typography.Text strong={!notification.read}>{notification.title}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {dayjs(notification.createdAt).format("YYYY-MM-DD HH:mm")}
                      </Typography.Text>
                    </Space>
                  }
                  description={notification.body}
                />
              </List.Item>
            )}
          />
        )}
      </QueryView>
    </Card>
  );
}
