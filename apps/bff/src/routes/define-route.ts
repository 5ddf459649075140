import type { RouteById, RouteId } from '@harborview/contracts/api-routes';
import { ROUTE_BY_ID } from '@harborview/contracts/api-routes';
import type { BodyOf, ParamsOf, QueryOf, ResponseOf, RouteSpec } from '@harborview/contracts/api-spec';
import { successStatus } from '@harborview/contracts/api-spec';
import type { NextFunction, Request, Response, Router } from 'express';

import type { Caller } from '../backend/backend';

import { callerOf } from './caller';

/** What a handler gets: the request's input parsed with the spec's schemas, and who calls. */
export interface RouteInput<S extends RouteSpec> {
  params: ParamsOf<S>;
  query: QueryOf<S>;
  body: BodyOf<S>;
  caller: Caller;
  req: Request;
  res: Response;
  next: NextFunction;
}

/**
 * Returns the success body (sent as JSON with the spec's status), or nothing when the route has no body (204) or
 * the handler wrote the response itself (a stream, a download).
 */
export type RouteHandler<S extends RouteSpec> = (
  input: RouteInput<S>,
) => ResponseOf<S> | undefined | Promise<ResponseOf<S> | undefined>;

/** `/api/hosts/:id` → `/hosts/:id`: route modules register on the router mounted at /api. */
const API_PREFIX = '/api';

/**
 * Registers the route of API_SPEC with this id: its method and path come from the spec, and its params, query and
 * body are parsed with the spec's schemas before the handler runs. A failed parse throws the ZodError, which the
 * single error middleware answers with 400 `validation_failed`.
 * @example route(router, 'volumes.create', ({ body, caller }) => backend.createVolume(body.name, body.opts, caller));
 */
export function route<I extends RouteId>(router: Router, id: I, handler: RouteHandler<RouteById<I>>): void {
  const spec: RouteSpec = ROUTE_BY_ID[id];
  if (!spec.path.startsWith(`${API_PREFIX}/`)) throw new Error(`${spec.id}: ${spec.path} is not under ${API_PREFIX}`);
  const status = successStatus(spec);
  router[spec.method](spec.path.slice(API_PREFIX.length), async (req, res, next) => {
    // In this order, so the first problem named is the same as when each handler parsed its own input.
    const params = spec.params?.parse(req.params);
    const query = spec.query?.parse(req.query);
    const body = spec.body?.parse(req.body ?? (spec.bodyOptional ? {} : undefined));
    const input = { params, query, body, caller: callerOf(req), req, res, next } as RouteInput<RouteById<I>>;
    const result = await handler(input);
    if (result !== undefined) res.status(status).json(result);
    else if (status === 204) res.status(204).end();
  });
}
