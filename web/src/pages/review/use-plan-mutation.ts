/** A write on the plan under review: shows success or the error, and reloads the plan afterwards (also after a 409). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { planKeys } from "../../api/plans.ts";
import { useShowError } from "../../components/feedback.tsx";
import { useI18n } from "../../locales/i18n.tsx";

/** Wraps a plan write so every editor on the review screen behaves the same; `alsoStale` names other caches it changes. */
export function usePlanMutation<V>(planId: string, write: (variables: V) => Promise<unknown>, alsoStale: readonly (readonly string[])[] = []) {
  const queryClient = useQueryClient();
  const showError = useShowError();
  const { message } = App.useApp();
  const { t } = useI18n();
  return useMutation({
    mutationFn: write,
    onSuccess: () => void message.success(t("common.saved")),
    onError: showError,
    onSettled: async () => {
      await Promise.all([planKeys.detail(planId), ...alsoStale].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
