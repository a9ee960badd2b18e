import type { Community, User } from '../src/lib/api/contract';

export { DEFAULT_MOCK_USER } from '../src/lib/api/contract';

export function mockUsers(communities: Community[]): User[] {
  return [
    { id: 'leader', name: '李主任', role: 'leader' },
    ...communities.map((c): User => ({ id: `secretary-${c.id}`, name: `${c.name}书记`, role: 'secretary', communityId: c.id })),
    { id: 'viewer', name: '访客', role: 'viewer' },
  ];
}
