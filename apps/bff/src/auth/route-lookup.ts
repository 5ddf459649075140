import type { RouteSpec } from '@harborview/contracts/api-spec';

/** The route a request is for, with its path parameters decoded. */
export interface RouteMatch {
  spec: RouteSpec;
  params: Record<string, string>;
}

interface CompiledRoute {
  spec: RouteSpec;
  pattern: RegExp;
  names: string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return escape(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  // Express matches case-insensitively and allows one trailing slash; so must we, or a route would slip past.
  return { spec, pattern: new RegExp(`^${source}/?$`, 'i'), names };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Finds the API_SPEC entry for a method and path, as the router would: fixed segments beat parameters, so
 * `/api/policies/validate` is never read as `/api/policies/:name`. HEAD is looked up as GET.
 */
export function createRouteLookup(
  specs: readonly RouteSpec[],
): (method: string, path: string) => RouteMatch | undefined {
  const compiled = specs.map(compile).sort((a, b) => a.names.length - b.names.length);
  return (method, path) => {
    const wanted = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
    for (const route of compiled) {
      if (route.spec.method !== wanted) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decode(found[i + 1]!)]));
      return { spec: route.spec, params };
    }
    return undefined;
  };
}
