import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { onPrint } from '../lib/on-print';
import { useSearchParams } from 'react-router';
import { periodFromSearch } from '../domain/period';
import { metaOptions, metricsOptions } from '../lib/api/queries';
import { formatDateTime, formatMonth, formatPeriod } from '../lib/i18n/format';
import { filterLabels } from '../lib/i18n/sentences';

/** Printed on every page (and only in print): what the figures are for and when they were taken. */
export function PrintStamp() {
  const meta = useQuery(metaOptions()).data;
  const catalogue = useQuery(metricsOptions()).data;
  const [params] = useSearchParams();
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => onPrint(() => setPrintedAt(new Date().toISOString())), []);
  const text = meta
    ? [
        `${meta.subdistrict.name}工作进度`,
        `时段：${formatPeriod(periodFromSearch(params, meta).period)}`,
        ...filterLabels(params, catalogue),
        `数据截至 ${formatMonth(meta.latestMonth)}（更新于 ${formatDateTime(meta.updatedAt)}）`,
        `打印于 ${formatDateTime(printedAt)}`,
      ].join(' · ')
    : null;
  // The page-margin boxes of every printed page read it (styles.css, @page).
  useEffect(() => {
    if (text) document.documentElement.style.setProperty('--print-stamp', JSON.stringify(text));
  }, [text]);
  if (!text) return null;
  return (
    <div className="print-stamp" aria-hidden="true">
      {text}
    </div>
  );
}
