import { useQuery } from '@tanstack/react-query';
import { ChartFrame } from '../../../components/chart-frame';
import { AreaTrendChart } from '../../../components/charts/lazy-charts';
import type { Column } from '../../../components/data-table';
import { KpiCard, KpiFigures } from '../../../components/kpi-card';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import type { AreaGroup } from '../../../domain/catalogue';
import type { Period } from '../../../domain/period';
import type { Metric } from '../../../lib/api/contract';

import { formatMonth, formatPeriod } from '../../../lib/i18n/format';
import { progressSentence } from '../../../lib/i18n/sentences';
import { usePeriodHref } from '../../../lib/use-url-state';
import { yearToDateOf, type AreaTrendRow } from '../../../domain/area-trend';
import { areaKpiQuery, areaTrendQuery } from '../api';
import { metricPath } from '../../../lib/route-paths';

type LeadArea = AreaGroup & { lead: Metric };

interface AreaProps {
  group: LeadArea;
  period: Period;
}

export const KPI_BODY_HEIGHT = 212;
const TREND_HEIGHT = 260;

export function AreaKpi({ group, period }: AreaProps) {
  const href = usePeriodHref();
  const query = useQuery(areaKpiQuery(group, period));
  const { area, lead } = group;
  return (
    <KpiCard title={area.name} href={href(metricPath(lead.id))}>
      <QueryState queries={[query]} height={KPI_BODY_HEIGHT} errorTitle={`${area.name}数据加载失败`}>
        {([{ progress, rates, lastReported }]) => (
          <KpiFigures
            metricName={lead.name}
            unit={lead.unit}
            value={progress.value}
            target={progress.target}
            completion={progress.completion}
            elapsedShare={progress.elapsedShare}
            yearCompletion={progress.yearCompletion}
            gap={progress.gap}
            pace={progress.pace}
            yearVerdict={progress.closedYear ? progress.yearVerdict : null}
            previousIsLastYear={progress.previousIsLastYear}
            vsPrevious={progress.vsPrevious}
            vsLastYear={progress.vsLastYear}
            higherIsBetter={lead.higherIsBetter}
            sparkline={progress.sparkline}
            rates={rates.map((r) => ({ label: r.rate.name, value: r.value }))}
            lastReported={lastReported && formatMonth(lastReported)}
          />
        )}
      </QueryState>
    </KpiCard>
  );
}

function trendColumns(unit: string): Column<AreaTrendRow>[] {
  return [
    { key: 'month', header: '月份', rowHeader: true, value: (r) => r.month, format: (v) => formatMonth(String(v)) },
    { key: 'value', header: '当月', unit, value: (r) => r.value },
    { key: 'cumulative', header: '累计', unit, value: (r) => r.cumulative },
    { key: 'target', header: '序时累计目标', unit, reference: true, wholeUnits: true, value: (r) => r.target },
  ];
}

/** The lead metric's months this year: monthly bars, the running total and the even-pace target line. */
export function AreaTrend({ group, period }: AreaProps) {
  const query = useQuery(areaTrendQuery(group, period));
  const { area, lead } = group;
  const title = `${area.name}：${formatPeriod(yearToDateOf(period))}累计与序时目标`;
  return (
    <Panel title={title}>
      <QueryState queries={[query]} height={TREND_HEIGHT + 48} errorTitle={`${area.name}数据加载失败`}>
        {([{ yearToDate, progress, rows }]) => {
          const periodLabel = formatPeriod(yearToDate);
          return (
            <ChartFrame
              title={`${lead.name}累计与序时目标`}
              periodLabel={periodLabel}
              unit={lead.unit}
              summary={progressSentence({ periodLabel, metricName: lead.name, unit: lead.unit, progress })}
              rows={rows}
              columns={trendColumns(lead.unit)}
              rowKey={(r) => r.month}
              height={TREND_HEIGHT}
              chart={<AreaTrendChart rows={rows} unit={lead.unit} />}
            />
          );
        }}
      </QueryState>
    </Panel>
  );
}
