import { useQuery } from '@tanstack/react-query';
import { canSeeAllCommunities, releasedPeriodsNear } from '../domain/access';
import type { DataRange, Period } from '../domain/period';
import type { Role, User } from './api/contract';
import { sessionOptions } from './api/queries';

/** The signed-in user, once known (pages decide what to offer from domain/access.ts). */
export function useViewer(): User | undefined {
  return useQuery(sessionOptions()).data?.user;
}

export type CommunityAccess =
  | { kind: 'pending' }
  | { kind: 'allowed' }
  /** Refused: the released periods to offer instead. */
  | { kind: 'refused'; role: Role; offers: Period[] };

/**
 * Whether the signed-in user may see every community's figures over `period` (a ranking,
 * completion, 需要关注): panels ask for them only once this says allowed, and say why otherwise.
 */
export function useCommunityAccess(period: Period, range: DataRange): CommunityAccess {
  const user = useViewer();
  if (!user) return { kind: 'pending' };
  if (canSeeAllCommunities(user, period, range)) return { kind: 'allowed' };
  return { kind: 'refused', role: user.role, offers: releasedPeriodsNear(period, range) };
}
