import { useQuery } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { onPrint, printing } from '../lib/on-print';
import { useSearchParams } from 'react-router';
import { periodFromSearch } from '../domain/period';
import { askedOf } from '../domain/url-params';
import { metaOptions, metricsOptions } from '../lib/api/queries';
import { formatDateTime, formatMonth, formatPeriod } from '../lib/i18n/format';
import { filterLabels } from '../lib/i18n/sentences';

/** Printed on every page (and only in print): what the figures are for and when they were taken. */
export function PrintStamp() {
  const meta = useQuery(metaOptions()).data;
  const catalogue = useQuery(metricsOptions()).data;
  const [params] = useSearchParams();
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  const textAt = (at: string) =>
    meta
      ? [
          `${meta.subdistrict.name}工作进度`,
          `时段：${formatPeriod(periodFromSearch(params, meta).period)}`,
          ...filterLabels(askedOf(params), catalogue),
          `数据截至 ${formatMonth(meta.latestMonth)}（更新于 ${formatDateTime(meta.updatedAt)}）`,
          `打印于 ${formatDateTime(at)}`,
        ].join(' · ')
      : null;
  const text = textAt(printedAt);
  // The page-margin boxes of every printed page read it (styles.css, @page). Written only as the
  // page prints: a custom property on the root restyles every element (docs/performance.md#print-stamp-appprint-stamptsx).
  const stampNow = useEffectEvent(() => {
    const at = new Date().toISOString();
    setPrintedAt(at);
    writeMarginStamp(textAt(at));
  });
  useEffect(() => onPrint(() => stampNow()), []);
  useEffect(() => {
    if (printing()) writeMarginStamp(text);
  }, [text]);
  if (!text) return null;
  return (
    <div className="print-stamp" aria-hidden="true">
      {text}
    </div>
  );
}

function writeMarginStamp(text: string | null): void {
  if (text) document.documentElement.style.setProperty('--print-stamp', JSON.stringify(text));
}
