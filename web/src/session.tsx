/** The signed-in user for the whole app, loaded once from /api/auth/me and refreshed on login and logout. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { fetchMe, login, logout } from "./api/auth.ts";
import type { SignedInUser } from "./api/types.ts";

const ME_KEY = ["auth", "me"] as const;

/** The session state plus sign-in and sign-out actions. */
export function useSession() {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
  const signIn = useCallback(
    async (username: string, password: string): Promise<SignedInUser> => {
      const user = await login(username, password);
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, user);
      return user;
    },
    [queryClient],
  );
  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);
  return { user: me.data ?? null, loading: me.isPending, error: me.error, signIn, signOut };
}
