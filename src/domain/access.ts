// Who may see what, written once: the mock backend enforces it (as a real backend would) and
// the UI follows it, so it never offers a link it knows will be refused.
//   leader: everything.
//   secretary: every community's headline figures and ranks (rankings are public within the
//     subdistrict); per-month detail only for their own community.
//   viewer: subdistrict totals and rankings only.
import type { GroupBy, Role } from '../lib/api/contract';

export interface Viewer {
  role: Role;
  communityId?: string;
}

/** Whether a user may open a community's own page (its month-by-month detail). */
export function canOpenCommunity(user: Viewer | null | undefined, communityId: string): boolean {
  if (!user) return false;
  if (user.role === 'leader') return true;
  return user.role === 'secretary' && user.communityId === communityId;
}

/** Whether a user may ask for a series grouped so and limited to these communities (none: all). */
export function canSeeSeries(user: Viewer, query: { groupBy: GroupBy; communities?: readonly string[] }): boolean {
  if (user.role === 'leader') return true;
  const named = query.communities !== undefined && query.communities.length > 0;
  // Totals for the subdistrict, or for every community (rankings), are public within the subdistrict.
  if (!named) return query.groupBy !== 'month,community';
  // Naming communities is asking for their detail: a secretary, their own only.
  return user.role === 'secretary' && (query.communities ?? []).every((id) => id === user.communityId);
}
