import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { PARAM, parseChoice } from '../../domain/url-params';
import { loaderInputs } from '../../lib/api/loader-inputs';
import { rankingsOptions, subjectChoices, subjectOf } from './lib/rankings-data';

/**
 * Starts the ranking's requests for the URL's subject and period as soon as the URL changes (a
 * metric or a period chosen), before the page renders the choice: a query of the page's own
 * starts only once the render that asks for it has committed (figures:
 * docs/performance.md#rankings-loader-featuresrankingsrankings-loaderts).
 * Returns at once; the page itself reports a failure, with a retry.
 */
export function rankingsLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    loaderInputs(queryClient, request.url)
      .then(({ catalogue, period, range, everyCommunity }) => {
        if (!everyCommunity) return;
        const choice = parseChoice(new URL(request.url).searchParams.get(PARAM.metric), subjectChoices(catalogue));
        const subject = choice && subjectOf(choice.value.id, catalogue);
        if (subject) return queryClient.prefetchQuery(rankingsOptions(subject, catalogue, period, range));
      })
      .catch(() => undefined);
    return null;
  };
}
