import { z } from 'zod';

import type { Role } from './users';

/** Who may call a route: anyone (`public`), or a signed-in user with at least this role. */
export type RouteAccess = 'public' | Role;

export type RouteMethod = 'get' | 'post' | 'put' | 'delete';

/** One success answer: its schema (null: no body, or not JSON such as the SSE stream). */
export interface RouteResponse {
  description: string;
  schema: z.ZodType | null;
  contentType?: string;
}

/**
 * One documented route: the BFF registers it and parses its input with these schemas, the OpenAPI document describes
 * it, the web client calls it by `id`, and tests keep all of them in step.
 */
export interface RouteSpec {
  /** Stable name the client calls it by, `<area>.<verb>` (e.g. `volumes.create`). */
  id: string;
  method: RouteMethod;
  /** Express-style path, e.g. `/api/hosts/:id`; the only place the path is spelled. */
  path: string;
  summary: string;
  tag: string;
  /** One bounded string per `:name` of the path; `defineRoute` derives it from the path. */
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body may be left out, and then reads as `{}` (routes whose fields are all optional). */
  bodyOptional?: boolean;
  /** Success status → response. Each route has exactly one. */
  responses: Partial<Record<200 | 201 | 202 | 204, RouteResponse>>;
  /** Error statuses this route can answer, each with the error body. */
  errors: readonly number[];
  /** Minimum role, only where it differs from the rule in `requiredRole`. */
  role?: RouteAccess;
  /** A POST that changes nothing (a check or a preview): viewers may call it, and it is not audited. */
  readOnly?: boolean;
  /** Short name in the audit log; derived from the path when absent (see the BFF's audit-action). */
  action?: string;
}

/**
 * The role a route needs, decided from the table: an explicit `role` wins; otherwise reads (GET, and read-only
 * POSTs) need a viewer and every change an operator. User admin and the audit log say `role: 'admin'`.
 */
export function requiredRole(spec: RouteSpec): RouteAccess {
  if (spec.role) return spec.role;
  return spec.method === 'get' || spec.readOnly ? 'viewer' : 'operator';
}

// Ids and names in paths are opaque strings: bounded, so a hostile path cannot make the server work hard.
export const PathSegmentSchema = z.string().min(1).max(256);

/** `'/api/hosts/:id/disks/:diskId'` → `'id' | 'diskId'`. */
export type PathParamNames<P extends string> = P extends `${string}/:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}/:${infer Name}`
    ? Name
    : never;

type ParamsSchemaOf<P extends string> = z.ZodObject<{ [K in PathParamNames<P>]: typeof PathSegmentSchema }>;

/** A spec as written in the table, before `defineRoute` adds the params schema. */
export type RouteSpecInput = Omit<RouteSpec, 'params'>;

export type DefinedRoute<S extends RouteSpecInput> = [PathParamNames<S['path']>] extends [never]
  ? S
  : S & { params: ParamsSchemaOf<S['path']> };

/** The `:name` parameters of an Express-style path, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]!);
}

/** Adds the params schema the path implies, keeping every literal of the spec for the typed server and client. */
export function defineRoute<const S extends RouteSpecInput>(spec: S): DefinedRoute<S> {
  const names = pathParamNames(spec.path);
  if (names.length === 0) return spec as DefinedRoute<S>;
  const params = z.object(Object.fromEntries(names.map((name) => [name, PathSegmentSchema])));
  return { ...spec, params } as unknown as DefinedRoute<S>;
}

/** `{ 200: { description, schema } }`: the usual answer of a read. */
export const ok = <S extends z.ZodType>(schema: S, description = 'OK') => ({ 200: { description, schema } });

/** `{ 201: { description, schema } }`: the answer of a create, with what it made. */
export const created = <S extends z.ZodType>(schema: S, description = 'Created') => ({ 201: { description, schema } });

/** `{ 204: { description, schema: null } }`: done, nothing to answer. */
export const noContent = (description: string) => ({ 204: { description, schema: null } });

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type SchemaOf<S> = S extends { schema: infer T } ? T : never;
type FieldOf<S, K extends string> = S extends { [P in K]: infer T } ? T : undefined;

/** Parsed path parameters of a route (undefined when the path has none). */
export type ParamsOf<S extends RouteSpec> = Output<FieldOf<S, 'params'>>;
/** Parsed query of a route, defaults applied (undefined when it takes none). */
export type QueryOf<S extends RouteSpec> = Output<FieldOf<S, 'query'>>;
/** Parsed body of a route (undefined when it takes none). */
export type BodyOf<S extends RouteSpec> = Output<FieldOf<S, 'body'>>;
/** What a route answers on success: its response schema's type, or undefined for no (JSON) body. */
export type ResponseOf<S extends RouteSpec> = Output<SchemaOf<S['responses'][keyof S['responses']]>>;
/** What a client may send as the query: any of the parsed fields, the server fills the defaults. */
export type QueryInputOf<S extends RouteSpec> =
  FieldOf<S, 'query'> extends z.ZodType ? Partial<z.output<FieldOf<S, 'query'>>> : undefined;
/** What a client sends as the body. */
export type BodyInputOf<S extends RouteSpec> =
  FieldOf<S, 'body'> extends z.ZodType ? z.input<FieldOf<S, 'body'>> : undefined;

/** The one success status of a route (the status its handler answers with). */
export function successStatus(spec: RouteSpec): 200 | 201 | 202 | 204 {
  const [status] = Object.keys(spec.responses).map(Number);
  return (status ?? 200) as 200 | 201 | 202 | 204;
}

/** `/api/hosts/:id` with `{ id: 'host 1' }` → `/api/hosts/host%201`. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${path} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

type QueryValue = string | number | boolean | null | undefined;

/** The query string of `query` (empty, null and undefined values left out), with its `?`, or `''`. */
export function queryString(query: Record<string, QueryValue> | undefined): string {
  const pairs = Object.entries(query ?? {}).flatMap(([key, value]) =>
    value === undefined || value === null || value === ''
      ? []
      : [`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`],
  );
  return pairs.length ? `?${pairs.join('&')}` : '';
}
