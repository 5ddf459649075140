import type { RouteById, RouteId } from '@harborview/contracts/api-routes';
import { ROUTE_BY_ID, urlOf } from '@harborview/contracts/api-routes';
import type { BodyInputOf, ParamsOf, QueryInputOf, ResponseOf, RouteSpec } from '@harborview/contracts/api-spec';
import { successStatus } from '@harborview/contracts/api-spec';

import { request, requestNoContent } from './http';

type Field<K extends string, T> = [T] extends [undefined] ? { [P in K]?: undefined } : { [P in K]: T };
type BodyField<S extends RouteSpec> = S extends { bodyOptional: true }
  ? { body?: BodyInputOf<S> }
  : Field<'body', BodyInputOf<S>>;

/**
 * What a call of route `S` takes: the path parameters and body it needs, any query fields, an abort signal, and
 * `keepalive` for a call that must outlive the page.
 */
export type CallInput<S extends RouteSpec> = Field<'params', ParamsOf<S>> &
  BodyField<S> & { query?: QueryInputOf<S>; signal?: AbortSignal; keepalive?: boolean };

// The input may be left out when the route needs nothing.
type CallArgs<S extends RouteSpec> = object extends CallInput<S> ? [input?: CallInput<S>] : [input: CallInput<S>];

interface LooseInput {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  keepalive?: boolean;
}

/**
 * Calls the API route with this id (contracts API_SPEC): the URL, method and body come from its spec, and the answer
 * is parsed with the spec's response schema. Errors are `ApiError`s with the CSRF and sign-out handling of `request`.
 * @example const volume = await callApi('volumes.create', { body: { name: 'db', opts: {} } });
 */
export function callApi<I extends RouteId>(
  id: I,
  ...[input]: CallArgs<RouteById<I>>
): Promise<ResponseOf<RouteById<I>>> {
  const spec: RouteSpec = ROUTE_BY_ID[id];
  const { params, query, body, signal, keepalive } = (input ?? {}) as LooseInput;
  const url = urlOf(id, { params, query } as Parameters<typeof urlOf<I>>[1]);
  const init: RequestInit = {
    ...(spec.method === 'get' ? {} : { method: spec.method.toUpperCase() }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
    ...(keepalive ? { keepalive } : {}),
  };
  const schema = spec.responses[successStatus(spec)]?.schema;
  const answer = schema ? request(schema, url, init) : requestNoContent(url, init).then(() => undefined);
  return answer as Promise<ResponseOf<RouteById<I>>>;
}
