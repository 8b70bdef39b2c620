/** The app's one data cache: 15 s fresh, no refetch on focus, no retries for answers the client caused (4xx). */
import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/client.ts";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
