import type { Session } from '@harborview/contracts/session';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { callApi } from '../../shared/lib/api-client';

import { sessionKeys } from './api';

// On and off are sent strictly in order (StrictMode mounts twice), so the last word the server hears is the last said.
let queue: Promise<unknown> = Promise.resolve();

function markPresenting(active: boolean, keepalive = false): Promise<Session | null> {
  const next = queue.then(() => callApi('session.setPresenter', { body: { active }, keepalive }).catch(() => null));
  queue = next;
  return next;
}

/**
 * While the presenter page is open, the session is marked presenting (`PUT /api/session/presenter`), so the idle
 * timeout cannot sign the presenter out mid-walkthrough; leaving the page (or closing the tab) ends it. A viewer
 * may not present (403): the page still works, under the normal idle timeout.
 */
export function usePresenterSession(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const remember = (session: Session | null): void => {
      if (session) queryClient.setQueryData(sessionKeys.current(), session);
    };
    void markPresenting(true).then(remember);
    // `keepalive` lets the request outlive a closing tab.
    const onPageHide = (): void => void markPresenting(false, true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void markPresenting(false).then(remember);
    };
  }, [queryClient]);
}
