// The Excel import's words: the template's title and headers, each problem of a sheet naming
// its cell (C7：走访群众须为非负整数，现为"十二"), and the import page's labels.
import type { Metric } from '../api/contract';
import type { SheetProblem } from '../../domain/sheet-import';
import { formatMonth } from './format';

/** A metric's column header in the template: 名称（单位）. */
export const metricHeader = (metric: Pick<Metric, 'name' | 'unit'>) => `${metric.name}（${metric.unit}）`;

export const SHEET_WORDS = {
  title: (month: string) => `稠城街道各社区工作数据 ${formatMonth(month)}`,
  monthLabel: '月份',
  nameHeader: '社区',
  notOffered: '未开通',
  sheetName: '月报',
  note: '填写说明：每格填非负整数；留空表示未上报（不是 0）；灰色“未开通”格不填；不要改动月份、社区和表头。',
};

export interface SheetNames {
  metric: (id: string) => string;
  community: (id: string) => string;
}

const WRONG_TEMPLATE = '模板不对：';
const quoted = (raw: string) => `"${raw}"`;

/** One problem in words, starting with its cell. */
export function sheetProblemText(problem: SheetProblem, names: SheetNames): string {
  const p = problem;
  switch (p.code) {
    case 'bad-month':
      return `${p.cell}：月份须为 YYYY-MM（如 2021-06），现为${quoted(p.raw)}`;
    case 'future-month':
      return `${p.cell}：${formatMonth(p.month)}尚未到来，最晚可导入${formatMonth(p.latest)}`;
    case 'month-mismatch':
      return `${p.cell}：表中月份为${formatMonth(p.month)}，与所选的${formatMonth(p.expected)}不符`;
    case 'no-columns':
      return `${WRONG_TEMPLATE}${p.cell} 起应为指标列，请重新下载模板`;
    case 'unknown-column':
      return p.raw ? `${WRONG_TEMPLATE}${p.cell} 的列${quoted(p.raw)}不在指标目录中，请重新下载模板` : `${WRONG_TEMPLATE}${p.cell} 没有列名，但下面有数字`;
    case 'duplicate-column':
      return `${WRONG_TEMPLATE}${p.cell} 的列“${names.metric(p.metricId)}”重复`;
    case 'unknown-community':
      return p.raw ? `${WRONG_TEMPLATE}${p.cell} 的社区${quoted(p.raw)}不存在` : `${WRONG_TEMPLATE}${p.cell} 没有社区名，但这一行有数字`;
    case 'duplicate-community':
      return `${WRONG_TEMPLATE}${p.cell} 的社区“${names.community(p.communityId)}”出现了两次`;
    case 'not-a-count':
      return `${p.cell}：${names.metric(p.metricId)}须为非负整数，现为${quoted(p.raw)}`;
    case 'too-large':
      return `${p.cell}：${names.metric(p.metricId)}大得不合理，现为${quoted(p.raw)}`;
    case 'not-offered':
      return `${p.cell}：${names.community(p.communityId)}未开通${names.metric(p.metricId)}，此格须留空，现为${quoted(p.raw)}`;
    case 'above-pair':
      return `${p.cell}：${names.metric(p.metricId)}（${p.value}）不能多于${names.metric(p.pairId)}（${p.pairValue}）`;
  }
}

/** The server's refusals of a whole upload. */
export const IMPORT_REFUSALS = {
  leaderOnly: 'Excel 导入仅街道领导可用',
  badMonth: 'month：应为 YYYY-MM',
  tooBig: (mb: number) => `文件超过 ${mb} MB，请只上传本月的模板`,
  unpackedTooBig: (mb: number) => `文件解压后超过 ${mb} MB，不像是本模板`,
  tooManyRows: (max: number) => `表格超过 ${max} 行，不像是本模板`,
  tooManyColumns: (max: number) => `表格超过 ${max} 列，不像是本模板`,
  notAWorkbook: '无法读取：请上传 .xlsx 格式的 Excel 文件',
  noSheet: '文件里没有工作表',
  hasProblems: (n: number) => `表格有 ${n} 处问题，未写入任何数据`,
  demo: '演示模式不支持导入',
};

/** The audit log's reason for figures written by an import. */
export const IMPORT_AUDIT_REASON = 'Excel 导入';
