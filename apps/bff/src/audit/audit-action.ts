import type { RouteSpec } from '@harborview/contracts/api-spec';

const VERB: Record<RouteSpec['method'], string> = { get: 'read', post: 'create', put: 'update', delete: 'delete' };

/**
 * The short audit name of a route: its `action`, else its fixed path segments (`POST /api/hosts/:id/power` →
 * `hosts.power`), with a verb added when the path alone is ambiguous (`DELETE /api/volumes/:name` →
 * `volumes.delete`, `PUT /api/twin/clock` → `twin.clock.update` beside `GET /api/twin/clock`).
 */
export function auditAction(spec: RouteSpec, all: readonly RouteSpec[]): string {
  if (spec.action) return spec.action;
  const segments = spec.path.replace(/^\/api\//, '').split('/');
  const fixed = segments.filter((segment) => !segment.startsWith(':'));
  const endsWithParameter = segments.at(-1)?.startsWith(':') ?? false;
  const sharesPath = all.some((other) => other !== spec && other.path === spec.path);
  return [...fixed, ...(endsWithParameter || sharesPath ? [VERB[spec.method]] : [])].join('.');
}
