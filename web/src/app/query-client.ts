import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api.js';

/**
 * Socket events keep the caches fresh, so queries do not poll; they refetch when the browser
 * comes back online and after a reconnect whose gap could not be replayed (docs/web.md).
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
      },
    },
  });
