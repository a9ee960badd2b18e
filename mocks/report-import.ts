// The Excel import in mock mode: the mock has no Excel parser, so a leader is told it is not
// supported in the demo (501) and anyone else is refused as the real server refuses them (403).
import { http, HttpResponse } from 'msw';
import { IMPORT_PATHS, MOCK_USER_HEADER } from '../src/lib/api/contract';
import { mockHeaderValue } from '../src/lib/api/mock-identity';
import { IMPORT_REFUSALS } from '../src/lib/i18n/sheet-import';
import type { Dataset } from './data/generate';
import { mockUsers } from './users';

export function importHandlers(dataset: Dataset, at: (path: string) => string) {
  const answer = ({ request }: { request: Request }) => {
    const id = mockHeaderValue(request.headers, MOCK_USER_HEADER);
    const user = id ? mockUsers(dataset.communities).find((u) => u.id === id) : undefined;
    if (!user) return HttpResponse.json({ error: id ? `未知的演示用户 “${id}”` : '未登录' }, { status: 401 });
    if (user.role !== 'leader') return HttpResponse.json({ error: IMPORT_REFUSALS.leaderOnly }, { status: 403 });
    return HttpResponse.json({ error: IMPORT_REFUSALS.demo }, { status: 501 });
  };
  return [http.get(at(IMPORT_PATHS.template), answer), http.post(at(IMPORT_PATHS.upload), answer)];
}
