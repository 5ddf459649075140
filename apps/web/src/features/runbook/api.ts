import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the runbook. */
export const runbookKeys = {
  all: ['runbook'] as const,
  steps: () => [...runbookKeys.all, 'steps'] as const,
};

/** `GET /api/runbook`: everything done since the last reset, as manual steps. */
export const runbookQueryOptions = () =>
  queryOptions({
    queryKey: runbookKeys.steps(),
    queryFn: ({ signal }) => callApi('runbook.get', { signal }),
    select: (runbook) => runbook.steps,
  });

/** Where the Markdown and shell-script exports download from (the BFF names the file). */
export const RUNBOOK_DOWNLOADS = {
  markdown: API_ROUTES.runbookAs('md'),
  script: API_ROUTES.runbookAs('sh'),
} as const;
