// Words of the monthly reports (issue 26): the phone form, 上报情况, and the refusals the
// server and the mock give (both import them, so their bodies are the same).
import type { ReportProblem } from '../../domain/report-rules';
import type { ReportStatus } from '../../domain/report-status';

/** Why a report was refused at the door, one problem at a time (server/reports.ts and mocks/reports.ts). */
export function reportProblemText(p: ReportProblem): string {
  switch (p.code) {
    case 'bad-month':
      return '月份应为 YYYY-MM';
    case 'future-month':
      return '不能填报未来的月份';
    case 'unknown-metric':
      return `没有指标 “${p.metricId}”`;
    case 'not-reported-by-communities':
      return `${p.metricId} 由街道填报，不由社区填报`;
    case 'service-not-offered':
      return `本社区未开通 ${p.metricId} 所属的服务`;
    case 'not-a-whole-number':
      return `${p.metricId} 应为整数`;
    case 'negative':
      return `${p.metricId} 不能为负数`;
    case 'too-large':
      return `${p.metricId} 大得不合理`;
    case 'above-pair':
      return `${p.metricId} 不能多于 ${p.pairId}`;
    case 'needs-reason':
      return `${p.metricId} 远超本社区往常范围（${p.low}—${p.high}），请填写原因`;
  }
}

/** The refusals of the report endpoints, word for word as both backends answer them. */
export const REPORT_REFUSALS = {
  noCommunity: '没有这个社区',
  statusLeadersOnly: '上报情况仅街道领导可查看',
  badMonthParam: 'month: expected YYYY-MM',
  readOwnOnly: '只能查看本社区的月报',
  noReport: (month: string) => `${month} 还没有月报`,
  writeOwnOnly: '只能填报本社区的月报',
  locked: '本月已审核通过，已锁定',
  awaitingReview: '本月已提交，等待审核',
  submitOwnOnly: '只能提交本社区的月报',
  onlyDraftsSubmit: '只有草稿可以提交',
  saveFirst: '先保存草稿',
  reviewLeadersOnly: '仅街道领导可审核月报',
  onlySubmittedReviewed: '只有已提交的月报可以审核',
  returnNeedsComment: '退回时请写明原因',
  correctLeadersOnly: '仅街道领导可更正已审核的月报',
  onlyApprovedCorrected: '只有已审核通过的月报需要更正；未审核的请退回修改',
  correctionNeedsReason: '更正须写明原因',
} as const;

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  none: '未填报',
  draft: '草稿',
  submitted: '已提交',
  returned: '已退回',
  approved: '已通过',
};

export const REPORT_WORDS = {
  formTitle: (community: string, month: string) => `${community} ${month}月报`,
  statusTitle: (month: string) => `上报情况 · ${month}`,
  lastMonth: (value: string) => `上月 ${value}`,
  lastMonthNone: '上月 暂无数据',
  usualRange: (low: string, high: string) => `往常 ${low}—${high}`,
  reasonLabel: (metric: string) => `${metric} 的原因`,
  reasonHint: '远超本社区往常范围，请写明原因',
  saveDraft: '保存草稿',
  submit: '提交',
  saved: '草稿已保存',
  restored: '已恢复上次在本机填写但未保存的内容，请核对后保存或提交。',
  notWholeNumber: (metric: string) => `${metric}须为非负整数`,
  submitted: '已提交，等待街道审核',
  state: '状态',
  returnedComment: (comment: string) => `退回意见：${comment}`,
  locked: '本月已审核通过，已锁定。如需更正请联系街道。',
  awaiting: '已提交，等待街道审核，暂不能修改。',
  noMetrics: '本社区没有需要填报的指标',
  notSecretary: '月报由社区书记填报',
  notLeader: '上报情况仅街道领导可查看',
  reportingRate: (actual: number, expected: number, rate: string) => `已上报 ${actual}/${expected}（上报率 ${rate}）`,
  onTimeRate: (onTime: number, rate: string) => `按时 ${onTime}（及时率 ${rate}）`,
  due: (time: string) => `截止 ${time}`,
  onTime: '按时',
  late: '逾期',
  notIn: '—',
  community: '社区',
  submittedAt: '提交时间',
  timeliness: '是否按时',
  actions: '操作',
  review: (community: string) => `审核 ${community}`,
  closeReview: '收起',
  approve: '通过',
  return: '退回',
  returnComment: '退回意见',
  returnNeedsComment: '退回时请写明原因',
  correct: '更正',
  correctionReason: '更正原因',
  correctionNeedsReason: '更正须写明原因',
  correctionNothing: '没有改动',
  auditTitle: '更正记录',
  auditEntry: (who: string, when: string, metric: string, from: string, to: string, reason: string) => `${who} ${when} ${metric}：${from} → ${to}（${reason}）`,
  noAudit: '暂无更正',
  nothingYet: '本月尚无月报',
  month: '月份',
  value: '数值',
} as const;
