import { QueryClient } from '@tanstack/react-query';
import { ContractError, HttpError, TimeoutError } from '../lib/api/client';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A payload that breaks the contract or a 4xx will not fix itself on retry; a request
        // that already waited the whole timeout is not made to wait it twice more.
        retry: (failureCount, error) => {
          if (error instanceof ContractError || error instanceof TimeoutError) return false;
          if (error instanceof HttpError && error.status < 500) return false;
          return failureCount < 2;
        },
        refetchOnWindowFocus: false,
        // A request that failed (after its retries) in a route loader is not fired again just
        // because its panel mounted: the panel shows the error and a retry button.
        retryOnMount: false,
      },
    },
  });
}
