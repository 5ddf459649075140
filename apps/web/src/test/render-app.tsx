import type { Session } from '@harborview/contracts/session';
import type { RenderResult } from '@testing-library/react';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';

import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { sessionKeys } from '../features/auth/api';
import { setCsrfToken } from '../shared/lib/http';

import { sessionFixture } from './auth-fixtures';

export interface RenderAppOptions {
  /**
   * Who is already signed in, as if GET /api/session had answered before the test (admin by default, so every
   * control shows). `null` starts with no session known: the console asks the API (MSW) first.
   */
  session?: Session | null;
}

/** Renders the whole console at a URL against MSW, as a user would land on a deep link. */
export function renderApp(
  url: string,
  { session = sessionFixture() }: RenderAppOptions = {},
): RenderResult & { router: ReturnType<typeof createMemoryRouter>; queryClient: ReturnType<typeof createQueryClient> } {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  setCsrfToken(session?.csrfToken ?? null);
  if (session) queryClient.setQueryData(sessionKeys.current(), session);
  return { ...render(<App queryClient={queryClient} router={router} />), router, queryClient };
}
