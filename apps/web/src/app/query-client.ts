import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../data/query-keys.js';
import { isRepositoryError } from '../data/repository-error.js';

/**
 * One query client for the app. A 401 anywhere means the session ended: forget the user, and the
 * session guard sends them to sign in (their wizard draft stays in sessionStorage).
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isRepositoryError(error) && error.status === 401 && error.code !== 'invalid_credentials')
      client.setQueryData(queryKeys.session, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // The device store answers without a network: queries and writes must run offline too
        // (TanStack's default pauses them while the browser says it is offline).
        networkMode: 'always',
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Only a lost connection is worth retrying; a 4xx will answer the same again.
        retry: (count, error) => isRepositoryError(error) && error.code === 'network' && count < 2,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}
