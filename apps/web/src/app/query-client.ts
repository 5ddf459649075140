import { QueryClient } from '@tanstack/react-query';

import { shouldRetry } from '../shared/lib/http';

/** One QueryClient for the console; live updates will write into it from the SSE stream. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 5_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
