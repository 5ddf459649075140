import type { RouteById, RouteId } from '@harborview/contracts/api-routes';
import type { ResponseOf } from '@harborview/contracts/api-spec';
import type { QueryKey } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';

import type { CallInput } from './api-client';
import { callApi } from './api-client';

/** The routes a query can read with nothing but an abort signal: no path parameters, no required query or body. */
export type PlainRouteId = { [I in RouteId]: object extends CallInput<RouteById<I>> ? I : never }[RouteId];

/** Routes answering a list envelope, `{ items: [...] }`. */
type ListRouteId = {
  [I in PlainRouteId]: ResponseOf<RouteById<I>> extends { items: readonly unknown[] } ? I : never;
}[PlainRouteId];

type ItemsOf<I extends ListRouteId> = ResponseOf<RouteById<I>> extends { items: infer T } ? T : never;

// callApi's rest tuple cannot be resolved for a generic id; PlainRouteId guarantees a signal alone is a valid input.
const callWithSignal = callApi as unknown as (id: PlainRouteId, input?: { signal?: AbortSignal }) => Promise<unknown>;
const readRoute = <I extends PlainRouteId>(id: I, signal: AbortSignal) =>
  callWithSignal(id, { signal }) as Promise<ResponseOf<RouteById<I>>>;

/**
 * The query that reads route `id` whole under `queryKey`.
 * @example export const healthQueryOptions = () => routeQueryOptions(shellKeys.health(), 'system.health');
 */
export const routeQueryOptions = <I extends PlainRouteId, const K extends QueryKey>(queryKey: K, id: I) =>
  queryOptions({ queryKey, queryFn: ({ signal }) => readRoute(id, signal) });

/**
 * The query that reads list route `id` under `queryKey` and gives its items (the envelope is dropped by `select`, so
 * the cache keeps what the route answered).
 * @example export const usersQueryOptions = () => listQueryOptions(adminKeys.users(), 'users.list');
 */
export const listQueryOptions = <I extends ListRouteId, const K extends QueryKey>(queryKey: K, id: I) =>
  queryOptions({
    queryKey,
    queryFn: ({ signal }) => readRoute(id, signal),
    select: (list): ItemsOf<I> => (list as { items: ItemsOf<I> }).items,
  });
