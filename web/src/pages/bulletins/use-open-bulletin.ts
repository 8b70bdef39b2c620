/** Opens a round's bulletin: the newest one if there is one, else a fresh draft (supervisors). */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { bulletinKeys, bulletinsApi } from "../../api/bulletins.ts";
import { useShowError } from "../../components/feedback.tsx";

/** A mutation taking a round id that ends on the bulletin's page. */
export function useOpenBulletin() {
  const navigate = useNavigate();
  const showError = useShowError();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (roundId: string) => {
      const existing = await bulletinsApi.list(roundId);
      return existing[0] ?? (await bulletinsApi.draft(roundId));
    },
    onSuccess: (bulletin) => {
      void queryClient.invalidateQueries({ queryKey: bulletinKeys.all });
      void navigate(`/bulletins/${bulletin.id}`);
    },
    onError: showError,
  });
}
