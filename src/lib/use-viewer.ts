import { useQuery } from '@tanstack/react-query';
import type { User } from './api/contract';
import { sessionOptions } from './api/queries';

/** The signed-in user, once known (pages decide what to offer from domain/access.ts). */
export function useViewer(): User | undefined {
  return useQuery(sessionOptions()).data?.user;
}
