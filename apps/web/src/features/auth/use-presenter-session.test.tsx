import type { Session } from '@harborview/contracts/session';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';

import { sessionKeys } from './api';
import { usePresenterSession } from './use-presenter-session';

const SESSION: Session = {
  username: 'ops',
  role: 'operator',
  csrfToken: 'token',
  expiresAt: null,
  idleTimeoutSeconds: 1800,
  presenting: true,
};

/** The hook inside a query client, with every PUT /api/session/presenter body recorded. */
function getTestContext(status = 200) {
  const sent: unknown[] = [];
  server.use(
    http.put('/api/session/presenter', async ({ request }) => {
      const body = (await request.json()) as { active: boolean };
      sent.push(body);
      return status === 200
        ? HttpResponse.json({ ...SESSION, presenting: body.active })
        : HttpResponse.json({ error: { code: 'forbidden', message: 'This needs the operator role' } }, { status });
    }),
  );
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => usePresenterSession(), { wrapper });
  // Unmounts while the handler is still installed, and waits for the closing request.
  const closePage = async (): Promise<void> => {
    const before = sent.length;
    hook.unmount();
    await waitFor(() => expect(sent.length).toBe(before + 1));
  };
  return { sent, queryClient, closePage, ...hook };
}

describe('usePresenterSession', () => {
  it('when the presenter page opens and closes, then the session is marked presenting and then not, in that order', async () => {
    const { sent, queryClient, unmount } = getTestContext();
    await waitFor(() => expect(sent).toStrictEqual([{ active: true }]));
    expect(queryClient.getQueryData<Session>(sessionKeys.current())?.presenting).toBe(true);

    unmount();

    await waitFor(() => expect(sent).toStrictEqual([{ active: true }, { active: false }]));
    await waitFor(() => expect(queryClient.getQueryData<Session>(sessionKeys.current())?.presenting).toBe(false));
  });

  it('when the tab is closed, then presenting ends with the page', async () => {
    const { sent, closePage } = getTestContext();
    await waitFor(() => expect(sent).toHaveLength(1));

    window.dispatchEvent(new Event('pagehide'));

    await waitFor(() => expect(sent).toStrictEqual([{ active: true }, { active: false }]));
    await closePage();
  });

  it('when a viewer presents (403), then nothing breaks and the session cache is left alone', async () => {
    const { sent, queryClient, closePage } = getTestContext(403);

    await waitFor(() => expect(sent).toHaveLength(1));

    expect(queryClient.getQueryData(sessionKeys.current())).toBeUndefined();
    await closePage();
  });
});
