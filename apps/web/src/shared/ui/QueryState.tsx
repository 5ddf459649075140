import type { ReactNode } from 'react';

import { ApiError } from '../lib/http';

/** Loading, error and empty states shared by every view, so none is left blank. */
export function LoadingState({ label }: { label: string }): ReactNode {
  return (
    <div role="status" aria-live="polite" className="p-4 text-sm text-slate-500 dark:text-slate-400">
      Loading {label}…
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactNode {
  const message = error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong';
  return (
    <div
      role="alert"
      className="m-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="mt-2 rounded border border-current px-2 py-0.5 text-xs">
          Retry
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }): ReactNode {
  return <p className="p-4 text-sm text-slate-500 dark:text-slate-400">{children}</p>;
}

/** What `QueryResult` reads of a TanStack query result. */
export interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A page's query: "Loading …" until it answers, its error with a Retry, and `children(data)` once there is data (a
 * failed refetch keeps the data it had under the error).
 * @example <QueryResult query={users} label="users">{(list) => <UsersView users={list} />}</QueryResult>
 */
export function QueryResult<T>({
  query,
  label,
  children,
}: {
  query: QueryLike<T>;
  label: string;
  children: (data: T) => ReactNode;
}): ReactNode {
  return (
    <>
      {query.isPending && <LoadingState label={label} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data !== undefined && children(query.data)}
    </>
  );
}
