import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { sliceKeys } from '../../shared/lib/query-keys';
import { routeQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the runbook. */
export const runbookKeys = sliceKeys('runbook', ['steps']);

/** `GET /api/runbook`: everything done since the last reset, as manual steps. */
export const runbookQueryOptions = () =>
  queryOptions({
    ...routeQueryOptions(runbookKeys.steps(), 'runbook.get'),
    select: (runbook) => runbook.steps,
  });

/** Where the Markdown and shell-script exports download from (the BFF names the file). */
export const RUNBOOK_DOWNLOADS = {
  markdown: API_ROUTES.runbookAs('md'),
  script: API_ROUTES.runbookAs('sh'),
} as const;
