import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';

import { App } from '../app/App';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';

/** Renders the whole console at a URL against MSW, as a user would land on a deep link. */
export function renderApp(url: string): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { ...render(<App queryClient={queryClient} router={router} />), router };
}
