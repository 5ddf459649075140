import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { sessionKeys, signIn } from './api';
import { loginErrorMessage } from './login-error';
import { safeNextPath } from './login-redirect';
import { LoginView } from './LoginView';

/** Route entry for `/login?next=<page>`: after sign-in the user is back on the page they were on. */
export function LoginPage(): ReactNode {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Nothing of the session that ended (perhaps another user's) stays cached once this page shows. Clearing here,
  // after the console's pages have unmounted, keeps their queries from fetching straight back into the cache.
  useEffect(() => queryClient.clear(), [queryClient]);
  const login = useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionKeys.current(), session);
      await navigate(safeNextPath(params.get('next')), { replace: true });
    },
  });
  return (
    <LoginView
      error={login.isError ? loginErrorMessage(login.error) : null}
      busy={login.isPending}
      onSubmit={(body) => login.mutate(body)}
    />
  );
}
