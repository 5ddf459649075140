import { DRILL_ROUTES } from './api-routes-drills';
import { INFRA_ROUTES } from './api-routes-infra';
import { SECURITY_ROUTES } from './api-routes-security';
import { SERVICE_ROUTES } from './api-routes-services';
import type { QueryInputOf, RouteSpec } from './api-spec';
import { fillPath, queryString } from './api-spec';

/**
 * Every route of the API, the one place a path is spelled. The BFF registers and parses from it, the OpenAPI
 * document and docs/api.md describe it, and the web client calls it by id.
 */
const TABLE = [...INFRA_ROUTES, ...SERVICE_ROUTES, ...DRILL_ROUTES, ...SECURITY_ROUTES] as const;
export const API_SPEC: readonly RouteSpec[] = TABLE;

/** One route with every literal and schema type of its spec kept (API_SPEC is the list, widened for iteration). */
export type ApiRoute = (typeof TABLE)[number];
export type RouteId = ApiRoute['id'];
export type RouteById<I extends RouteId> = Extract<ApiRoute, { id: I }>;

/** The spec of each route by its id, with every schema's type kept. */
export const ROUTE_BY_ID = Object.fromEntries(TABLE.map((spec) => [spec.id, spec])) as unknown as {
  [I in RouteId]: RouteById<I>;
};

/** Where a call goes: the path with its parameters encoded, and the query string. */
export function urlOf<I extends RouteId>(
  id: I,
  input: { params?: Record<string, string>; query?: QueryInputOf<RouteById<I>> } = {},
): string {
  const spec: RouteSpec = ROUTE_BY_ID[id];
  return fillPath(spec.path, input.params) + queryString(input.query as Parameters<typeof queryString>[0]);
}
