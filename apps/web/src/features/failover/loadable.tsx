import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

/** A query's result as a renderer takes it: the data, or the loading/error node that stands in for it. */
export type Loadable<T> = { ok: true; data: T } | { ok: false; placeholder: ReactNode };

interface QueryLike<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Turns a query into a Loadable, with the shared loading and error states (and a Retry). */
export function loadable<T>(query: QueryLike<T>, label: string): Loadable<T> {
  if (query.isError)
    return { ok: false, placeholder: <ErrorState error={query.error} onRetry={() => void query.refetch()} /> };
  if (query.data === undefined) return { ok: false, placeholder: <LoadingState label={label} /> };
  return { ok: true, data: query.data };
}

/** Renders the data, or the placeholder. */
export function Loaded<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }): ReactNode {
  return value.ok ? children(value.data) : value.placeholder;
}
