import { API_ROUTES } from '@harborview/contracts/routes';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { apiError } from '../../test/auth-handlers';
import { FakeEventSource } from '../../test/fake-event-source';
import { server } from '../../test/msw-server';

import { onUnauthenticated, setCsrfToken } from './http';
import { openStream } from './sse';

describe('openStream and the session', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it('when the stream is refused and GET /api/session answers 401, then the console hears the session ended and the stream waits for the next sign-in', async () => {
    server.use(http.get(API_ROUTES.session, () => apiError('unauthenticated', 'Sign in first')));
    const ended = vi.fn();
    const stopListening = onUnauthenticated(ended);
    const close = openStream(API_ROUTES.stream, { onMessage: vi.fn(), onStatus: vi.fn() });
    const refused = FakeEventSource.last!;

    refused.refuse();
    await vi.waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
    expect(FakeEventSource.last).toBe(refused);

    setCsrfToken('after-sign-in');
    expect(FakeEventSource.last).not.toBe(refused);
    close();
    stopListening();
  });
});
