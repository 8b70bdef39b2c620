/** Loading, error and empty states shared by every page, and a hook that shows an API error as a toast. */
import type { UseQueryResult } from "@tanstack/react-query";
import { App, Button, Empty, Result, Skeleton } from "antd";
import { type ReactNode, useCallback } from "react";
import { errorMessage } from "../api/errors.ts";
import { useI18n } from "../locales/i18n.tsx";

/** Returns a function that shows any thrown value as an error message in the user's language. */
export function useShowError(): (error: unknown) => void {
  const { message } = App.useApp();
  const { t, locale } = useI18n();
  return useCallback((error: unknown) => void message.error(errorMessage(error, t, locale)), [message, t, locale]);
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** when it returns true the empty state is shown instead of the children */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  rows?: number;
}

/** Renders a query: a skeleton while loading, an error with retry, an empty state, or the data. */
export function QueryView<T>({ query, children, isEmpty, emptyText, rows = 6 }: QueryViewProps<T>) {
  const { t, locale } = useI18n();
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (query.isError) {
    return (
      <Result
        status="warning"
        title={t("common.loadFailed")}
        subTitle={errorMessage(query.error, t, locale)}
        extra={<Button onClick={() => void query.refetch()}>{t("common.retry")}</Button>}
      />
    );
  }
  if (isEmpty?.(query.data)) return <Empty description={emptyText ?? t("common.empty")} />;
  return <>{children(query.data)}</>;
}
