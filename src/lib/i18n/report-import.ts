// The import page's words (the sheet's own words, shared with the server, are in sheet-import.ts).
import { HttpError } from '../api/client';
import { describeError } from './errors';
import { formatMonth, formatNumber } from './format';

export const IMPORT_PAGE = {
  title: 'Excel 导入月报',
  panelTitle: '模板、上传与预览',
  intro: '下载所选月份的模板，填好后上传。先预览将要更改的数字，确认后才写入；表格有任何问题时不写入任何数据。',
  leaderOnly: 'Excel 导入仅街道领导可用',
  leaderOnlyHint: '社区书记请在本社区的月报中填报。',
  month: '月份',
  template: (month: string) => `下载${formatMonth(month)}模板（.xlsx）`,
  file: '选择填好的模板',
  previewButton: '预览更改',
  checking: '正在检查表格…',
  confirm: (n: number) => `确认导入 ${formatNumber(n)} 个数字`,
  saving: '正在写入…',
  problemsTitle: (n: number) => `表格有 ${formatNumber(n)} 处问题，未写入任何数据。请改正后重新上传：`,
  wrongTemplate: '这不是本看板的模板：请重新下载模板，在模板中填写。',
  changesCaption: (month: string) => `${formatMonth(month)}将更改的数字`,
  nothingChanges: (unchanged: number) => `表中的数字与已存数据相同（${formatNumber(unchanged)} 个），没有需要更改的。`,
  summary: (changes: number, unchanged: number) => `将更改 ${formatNumber(changes)} 个数字，另有 ${formatNumber(unchanged)} 个与已存数据相同。`,
  saved: (written: number, communities: number, month: string) => `已导入${formatMonth(month)}：更改 ${formatNumber(written)} 个数字，${formatNumber(communities)} 个社区的月报记为已审核（审核记录注明“Excel 导入”）。`,
  problemsList: '表格问题',
  loadFailed: '无法加载基础数据',
  columns: { cell: '单元格', community: '社区', metric: '指标', old: '原值', new: '新值' },
  /** An old value that was never reported: missing, not zero. */
  none: '未填报',
  failed: '上传失败',
};

/** Why an upload failed, in a sentence: the server's own words when it gave any. */
export function importErrorText(error: unknown): string {
  if (error instanceof HttpError && error.status !== 401 && error.detail) return error.detail;
  return describeError(error).message;
}
