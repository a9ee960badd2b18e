import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { leadAreas } from '../../../domain/catalogue';
import { areaKpiView } from '../../../domain/area-views';
import type { Period } from '../../../domain/period';
import { overviewVerdict } from '../../../domain/progress';
import type { Catalogue } from '../../../lib/api/contract';
import { areaOptions } from '../../../lib/api/overview';
import { overviewVerdictSentence } from '../../../lib/i18n/sentences';

/**
 * The overview's one line: how many areas' lead metrics are behind and the furthest behind, in
 * units. Reads the same queries as the KPI cards (no request of its own); shown once all are in.
 */
export function OverviewVerdictLine({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const groups = leadAreas(catalogue);
  // The KPI cards fetch these; a change in what is fetching re-renders this line to read them.
  const queryClient = useQueryClient();
  useIsFetching();
  const results = groups.map((g) => queryClient.getQueryData(areaOptions(g, period).queryKey));
  if (results.some((r) => !r)) return <p className="overview-verdict overview-verdict--pending" aria-hidden="true" />;
  const items = groups.map((g, i) => {
    const data = results[i]!;
    return { name: g.lead.name, unit: g.lead.unit, progress: areaKpiView(data, g).progress };
  });
  return (
    <p className="overview-verdict" role="status" aria-label="总体判断">
      {overviewVerdictSentence(overviewVerdict(items))}
    </p>
  );
}
