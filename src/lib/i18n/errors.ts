// Every error in plain Chinese, by kind, with the technical detail kept for a 详情 toggle.
import { CombinedError } from '../api/bundle';
import { ContractError, formatPath, HttpError, issueText, NetworkError, TimeoutError, type ContractIssue } from '../api/client';
import { ConfigError } from '../api/config';

export type ErrorKind = 'network' | 'timeout' | 'server' | 'contract' | 'unauthorized' | 'forbidden' | 'outdated' | 'config' | 'unknown';

export interface DescribedError {
  kind: ErrorKind;
  /** What happened, in a few words ("网络断开"). */
  label: string;
  /** One sentence for the user: what and, where it helps, what to do. */
  message: string;
  /** The technical detail (endpoint, status, field path), for 详情. */
  detail: string;
}

export const ERROR_LABELS: Record<ErrorKind, string> = {
  network: '网络断开',
  timeout: '超时',
  server: '服务器出错',
  contract: '数据格式不符',
  unauthorized: '需要登录',
  forbidden: '无权查看',
  outdated: '页面已更新',
  config: '配置文件有误',
  unknown: '出错了',
};

/** What each endpoint serves, in words. */
const ENDPOINT_LABELS: Record<string, string> = {
  '/session': '登录信息',
  '/meta': '基础信息',
  '/communities': '社区目录',
  '/metrics': '指标目录',
  '/targets': '目标',
  '/series': '指标数据',
  '/mock/users': '演示用户',
};

/** Field names of the contract, in words. */
const FIELD_LABELS: Record<string, string> = {
  rows: '数据',
  value: '数值',
  month: '月份',
  metricId: '指标',
  communityId: '社区',
  from: '起始月份',
  to: '结束月份',
  groupBy: '分组方式',
  targets: '目标',
  year: '年份',
  communities: '社区',
  households: '户数',
  services: '服务',
  tile: '地图位置',
  row: '行',
  col: '列',
  name: '名称',
  id: '标识',
  metrics: '指标',
  areas: '工作领域',
  rates: '比率',
  unit: '单位',
  area: '领域',
  higherIsBetter: '方向',
  scope: '统计口径',
  definition: '说明',
  indexWeight: '综合指数权重',
  leadMetricId: '主指标',
  user: '用户',
  role: '角色',
  subdistrict: '街道',
  city: '城市',
  firstMonth: '最早月份',
  latestMonth: '最近月份',
  updatedAt: '更新时间',
};

const endpointLabel = (endpoint: string) => ENDPOINT_LABELS[endpoint.replace(/^GET /, '')] ?? '数据';

/** ['rows', 0, 'value'] → "第 1 条数据的数值". */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '整个响应';
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key === 'number') continue;
    const label = FIELD_LABELS[String(key)] ?? String(key);
    const next = path[i + 1];
    words.push(typeof next === 'number' ? `第 ${next + 1} 条${label}` : label);
  }
  return words.join('的');
}

function contractMessage(endpoint: string, issues: readonly ContractIssue[], count: number): string {
  const first = issues[0];
  const where = first ? `${fieldLabel(first.path)}${first.text}` : '不符合约定';
  return `服务器返回的${endpointLabel(endpoint)}格式不对：${where}${count > 1 ? `（共 ${count} 处）` : ''}。请联系管理员。`;
}

/** config.json's fields, as an administrator would look for them in the file. */
const CONFIG_FIELD_LABELS: Record<string, string> = {
  apiBaseUrl: '接口地址（apiBaseUrl）',
  mockMode: '运行模式（mockMode）',
  requestTimeoutMs: '请求超时（requestTimeoutMs）',
};

/** What is wrong with config.json, in a sentence an office administrator can act on. */
function configMessage(error: ConfigError): string {
  const file = `配置文件 ${error.url.split('/').pop() ?? error.url}`;
  const fix = '请联系系统管理员改正该文件后重新加载。';
  switch (error.problem) {
    case 'unreachable':
      return `无法读取${file}：网络断开或服务器没有响应。请检查网络后重新加载。`;
    case 'status':
      return `无法读取${file}（服务器答复 ${error.status ?? '错误'}）。请联系系统管理员确认该文件已随看板一同部署。`;
    case 'not-json':
      return `${file} 的内容不是有效的 JSON 格式（常见原因：少了引号、逗号或括号）。${fix}`;
    case 'invalid': {
      const fields = error.issues.slice(0, 3).map((issue) => `${issue.path.length ? (CONFIG_FIELD_LABELS[String(issue.path[0])] ?? String(issue.path[0])) : '文件内容'}${issueText(issue)}`);
      return `${file} 填写有误：${fields.join('；')}。${fix}`;
    }
    case 'no-worker':
      return `${file} 要求在浏览器内运行演示后端（mockMode 为 worker），但此版本不含演示后端。请联系系统管理员把 mockMode 改为 off，并填写接口地址 apiBaseUrl。`;
  }
}

/**
 * A failed lazy chunk: the app was redeployed (or the network dropped) since this page loaded.
 * A redeploy removes a page's stylesheet too, and Vite reports that one first ("Unable to preload CSS").
 */
export function isOutdatedChunk(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|error loading dynamically imported module|Unable to preload CSS/i.test(text);
}

export function describeError(error: unknown): DescribedError {
  if (error instanceof CombinedError) {
    const parts = error.failures.map(describeError);
    const first = parts[0];
    return { ...first, message: parts.length > 1 ? `${first.message}（另有 ${parts.length - 1} 项数据也未能取得）` : first.message, detail: parts.map((p) => p.detail).join('\n') };
  }
  const technical = error instanceof Error ? error.message : String(error);
  if (error instanceof NetworkError) {
    return { kind: 'network', label: ERROR_LABELS.network, message: `无法连接服务器，未能取得${endpointLabel(error.endpoint)}。请检查网络，恢复后会自动重试。`, detail: technical };
  }
  if (error instanceof TimeoutError) {
    return { kind: 'timeout', label: ERROR_LABELS.timeout, message: `服务器长时间没有响应，未能取得${endpointLabel(error.endpoint)}。请稍后重试。`, detail: technical };
  }
  if (error instanceof HttpError) {
    const said = error.detail ? `：${error.detail}` : '';
    if (error.status === 401) return { kind: 'unauthorized', label: ERROR_LABELS.unauthorized, message: `登录已失效${said}。请重新登录。`, detail: technical };
    if (error.status === 403) return { kind: 'forbidden', label: ERROR_LABELS.forbidden, message: `您没有查看这些${endpointLabel(error.endpoint)}的权限。`, detail: technical };
    if (error.status >= 500) return { kind: 'server', label: `${ERROR_LABELS.server}（${error.status}）`, message: `服务器出错，未能取得${endpointLabel(error.endpoint)}${said}。请稍后重试。`, detail: technical };
    return { kind: 'unknown', label: `请求未被接受（${error.status}）`, message: `未能取得${endpointLabel(error.endpoint)}${said}。`, detail: technical };
  }
  if (error instanceof ContractError) {
    return { kind: 'contract', label: ERROR_LABELS.contract, message: contractMessage(error.endpoint, error.issues, error.count), detail: `${technical}${error.issues.map((i) => `\n${formatPath(i.path)}`).join('')}` };
  }
  if (error instanceof ConfigError) {
    const unread = error.problem === 'unreachable' || error.problem === 'status';
    return { kind: 'config', label: unread ? '无法读取配置文件' : ERROR_LABELS.config, message: configMessage(error), detail: technical };
  }
  if (isOutdatedChunk(error)) {
    return { kind: 'outdated', label: ERROR_LABELS.outdated, message: '页面已更新（或网络中断），请刷新后继续。', detail: technical };
  }
  return { kind: 'unknown', label: ERROR_LABELS.unknown, message: '页面的一部分出错了，其余部分不受影响。', detail: technical };
}

/**
 * A failed export, said in its menu: "导出失败：" and what went wrong in plain words. An export's
 * own failure (a chart not drawn yet) says its message; its code failing to load is 'outdated'.
 */
export function describeExportError(error: unknown): DescribedError {
  const described = describeError(error);
  return { ...described, message: `导出失败：${described.kind === 'unknown' ? described.detail : described.message}` };
}

/** Why the app could not start (main.tsx), for a page that has nothing else to show. */
export function describeStartupError(error: unknown): DescribedError {
  const described = describeError(error);
  return described.kind === 'unknown' ? { ...described, message: '看板未能启动。请重新加载；如仍不行，请联系系统管理员。' } : described;
}

/**
 * A whole page that could not be shown (a route's error element): the same kinds, but nothing
 * else of the page is left to be "unaffected", so an unknown error says the page failed.
 */
export function describePageError(error: unknown): DescribedError {
  const described = describeError(error);
  return described.kind === 'unknown' ? { ...described, message: '这个页面出错了，未能显示。请重新加载后再试。' } : described;
}
