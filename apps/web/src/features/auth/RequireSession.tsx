import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

import { ApiError } from '../../shared/lib/http';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { sessionQueryOptions } from './api';
import { loginPath } from './login-redirect';

/** Every console page sits under this route: it asks who is signed in first, and sends strangers to sign in. */
export function RequireSession(): ReactNode {
  const session = useQuery(sessionQueryOptions());
  const { pathname, search, hash } = useLocation();
  if (session.isPending) return <LoadingState label="session" />;
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 401) {
      return <Navigate to={loginPath(`${pathname}${search}${hash}`)} replace />;
    }
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  }
  return <Outlet />;
}
