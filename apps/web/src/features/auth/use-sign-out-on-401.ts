import { useEffect } from 'react';
import type { createBrowserRouter } from 'react-router';

import { onUnauthenticated } from '../../shared/lib/http';

import { LOGIN_PATH, loginPath } from './login-redirect';

/**
 * When any API call or the live stream finds the session gone (401), go to the sign-in page remembering the page
 * the user was on; the sign-in page empties the query cache, so nothing of this session is shown to the next one.
 */
export function useSignOutOn401(router: ReturnType<typeof createBrowserRouter>): void {
  useEffect(
    () =>
      onUnauthenticated(() => {
        const { pathname, search, hash } = router.state.location;
        // Requests still in flight answer 401 too; the first one already brought the user here.
        if (pathname === LOGIN_PATH) return;
        void router.navigate(loginPath(`${pathname}${search}${hash}`), { replace: true });
      }),
    [router],
  );
}
