import { API_SPEC } from '@harborview/contracts/api-routes';
import type { RouteSpec } from '@harborview/contracts/api-spec';
import { requiredRole } from '@harborview/contracts/api-spec';
import { BrowseEntrySchema } from '@harborview/contracts/datastore-browse';
import { ErrorBodySchema } from '@harborview/contracts/errors';
import { InventoryNodeSchema } from '@harborview/contracts/inventory';
import { CSRF_HEADER, SESSION_COOKIE } from '@harborview/contracts/session';
import { LayoutNodeSchema } from '@harborview/contracts/vsan';
import { z } from 'zod';

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request: a parameter or body field is wrong',
  401: 'Not signed in',
  403: 'Not allowed: the role is not enough (forbidden), or X-CSRF-Token is missing or wrong (csrf_failed)',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body too large',
  415: 'Body is not JSON',
  422: 'Well-formed but refused (e.g. a vDVS validation message)',
  429: 'Too many failed sign-ins; see Retry-After',
  503: 'A real component it needs is not running',
};

/** `/api/hosts/:id` → `/api/hosts/{id}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function operationId(spec: RouteSpec): string {
  const words = spec.path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `By${w[1]!.toUpperCase()}${w.slice(2)}` : w[0]!.toUpperCase() + w.slice(1)));
  return `${spec.method}${words.join('')}`;
}

// Recursive schemas need names of their own, or zod emits refs into a shared $defs blob OpenAPI cannot address.
const NAMED_RECURSIVE: [string, z.ZodType][] = [
  ['InventoryNode', InventoryNodeSchema],
  ['LayoutNode', LayoutNodeSchema],
  ['BrowseEntry', BrowseEntrySchema],
];

/** Builds the OpenAPI 3.1 document from the shared route table and zod schemas: one source for code and docs. */
export function buildOpenApi(version: string): Json {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of NAMED_RECURSIVE) registry.add(schema, { id });
  registry.add(ErrorBodySchema, { id: 'ErrorBody' });
  const ids = new Map<z.ZodType, string>();
  const name = (schema: z.ZodType, id: string): string => {
    const known = ids.get(schema) ?? registry.get(schema)?.id;
    if (known) return known;
    registry.add(schema, { id });
    ids.set(schema, id);
    return id;
  };

  const paths: Record<string, Record<string, Json>> = {};
  for (const spec of API_SPEC) {
    const op = operationId(spec);
    const responses: Record<string, Json> = {};
    for (const [status, response] of Object.entries(spec.responses)) {
      if (!response) continue;
      const content = response.schema
        ? {
            [response.contentType ?? 'application/json']: {
              schema: { $ref: `#/components/schemas/${name(response.schema, `${op}${status}`)}` },
            },
          }
        : response.contentType
          ? { [response.contentType]: {} }
          : undefined;
      responses[status] = content
        ? { description: response.description, content }
        : { description: response.description };
    }
    // Every body route can answer 400 (not JSON / wrong fields), 413 (over 1 MB) and 415 (not JSON at all);
    // every route with path parameters 400 (a parameter out of bounds).
    const role = requiredRole(spec);
    const changes = spec.method !== 'get';
    const generic = [
      ...(spec.body ? [400, 413, 415] : []),
      ...(spec.path.includes(':') ? [400] : []),
      // Every route but the public ones can answer 401 (no session) and 403 (role or CSRF token).
      ...(role === 'public' ? [] : [401, 403]),
    ];
    for (const status of [...new Set([...spec.errors, ...generic])].sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
      };
    }
    const parameters: Json[] = [...spec.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (spec.query) {
      const query = z.toJSONSchema(spec.query, { io: 'input' }) as {
        properties?: Record<string, Json>;
        required?: string[];
      };
      for (const [param, schema] of Object.entries(query.properties ?? {})) {
        parameters.push({ name: param, in: 'query', required: query.required?.includes(param) ?? false, schema });
      }
    }
    const operation: Json = {
      operationId: op,
      summary: spec.summary,
      description: role === 'public' ? 'Public: no session needed.' : `Needs a session with role ${role} or above.`,
      tags: [spec.tag],
      'x-required-role': role,
      security: role === 'public' ? [] : [{ session: [], ...(changes ? { csrf: [] } : {}) }],
      responses,
    };
    if (parameters.length) operation.parameters = parameters;
    if (spec.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name(spec.body, `${op}Body`)}` } } },
      };
    }
    (paths[toOpenApiPath(spec.path)] ??= {})[spec.method] = operation;
  }

  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  }) as {
    schemas: Record<string, Json>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Harborview API',
      version,
      description:
        'Harbor on vSAN: the console API. Errors are {"error":{code,message,details}}. Sign in with ' +
        'POST /api/session; roles are viewer < operator < admin (x-required-role on each operation).',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/session' },
        csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: "The session's csrfToken" },
      },
    },
  };
}
