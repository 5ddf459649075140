/**
 * Harbor health in the `/api/v2.0/health` shape (harbor.md §3.1): `{status, components:[{name, status, error?}]}`,
 * components sorted by name, overall healthy only if no component has an error, checked every 10 s, and
 * "unknown status" before the first check. The layout's `healthEndpoint` says where: `/api/health` from 1.8.0,
 * `/api/v2.0/health` from 2.0 (§3.1 History; 1.x's checker cadence and texts are taken to be 2.x's [D]). Before 1.8
 * there is no health API: the twin answers `api: 'none'` and offers a report derived live from container state in
 * the same shape, named by service, for the console only.
 */
import type { HarborHealthStatus } from '@harborview/contracts/vocabulary';

import type { TwinTime } from '../tasks/time';

import type { ComponentHealth, HarborState } from './harbor-state';
import { containerOf } from './harbor-state';
import type { ComposeLayout, HealthEndpoint, ServiceSpec } from './layout-types';

/** `OverallHealthStatus`. */
export interface HealthReport {
  status: HarborHealthStatus;
  components: ComponentHealth[];
}

/**
 * What a console asking for health gets. `api: 'v2.0'` names the response model (`OverallHealthStatus`), which 1.8–1.10
 * already answered at `/api/health`; `endpoint` is the path this version serves.
 */
export type HealthProbe =
  | { api: 'v2.0'; endpoint: HealthEndpoint; reachable: true; report: HealthReport }
  | { api: 'v2.0'; endpoint: HealthEndpoint; reachable: false; reason: string }
  | { api: 'none'; derived: HealthReport };

/** What health reads from the rest of the twin. */
export interface HealthContext {
  now: TwinTime;
  vmRunning: boolean;
  volumeAccessible: (name: string) => boolean;
}

/** Period of Harbor's health checkers (harbor.md §3.1 Timing). */
export const HEALTH_CHECK_PERIOD = 10;
/** A component's error before its first check completes (harbor.md §3.1 Timing). */
export const UNKNOWN_STATUS = 'unknown status';

// The HTTP checks fail on Docker's DNS once a container is gone; texts follow "failed to check health: …" [U].
const CHECK_URL: Record<string, [host: string, url: string]> = {
  portal: ['portal', 'http://portal:8080'],
  jobservice: ['jobservice', 'http://jobservice:8080/api/v1/stats'],
  registry: ['registry', 'http://registry:5000/'],
  registryctl: ['registryctl', 'http://registryctl:8080/api/health'],
  trivy: ['trivy-adapter', 'http://trivy-adapter:8080/probe/healthy'],
};

/** The layout's health endpoint; snapshots saved before the field existed are all 0.4.1, which has none. */
export function healthEndpointOf(layout: ComposeLayout): HealthEndpoint | null {
  return layout.healthEndpoint ?? null;
}

function downError(layoutHasApi: boolean, spec: ServiceSpec, component: string, state: HarborState): string {
  const c = containerOf(state, spec.name);
  if (!layoutHasApi) {
    const exit = c?.exitCode == null ? '' : ` (Exit ${c.exitCode})`;
    return `container ${c?.name ?? spec.name} is ${c?.status ?? 'missing'}${exit}`;
  }
  const check = CHECK_URL[component];
  if (check !== undefined) {
    const [host, url] = check;
    return `failed to check health: Get "${url}": dial tcp: lookup ${host} on 127.0.0.11:53: no such host`;
  }
  return `dial tcp: lookup ${spec.name} on 127.0.0.11:53: no such host`;
}

/** Samples every health component from container and volume state now, sorted by name. */
export function sampleComponents(state: HarborState, ctx: HealthContext): ComponentHealth[] {
  const api = healthEndpointOf(state.layout) !== null;
  return state.layout.services
    .flatMap<ComponentHealth>((spec) => {
      const name = spec.healthComponent;
      if (name === null) return [];
      const running = ctx.vmRunning && containerOf(state, spec.name)?.status === 'running';
      if (!running) return [{ name, status: 'unhealthy', error: downError(api, spec, name, state) }];
      const bad = spec.mounts.find((m) => m.type === 'volume' && !ctx.volumeAccessible(m.source));
      if (bad !== undefined) {
        return [
          {
            name,
            status: 'unhealthy',
            error: `volume ${bad.source} mounted at ${bad.target} is inaccessible: input/output error`,
          },
        ];
      }
      return [{ name, status: 'healthy' }];
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function report(components: ComponentHealth[]): HealthReport {
  return { status: components.every((c) => c.error === undefined) ? 'healthy' : 'unhealthy', components };
}

/** Runs the 1.8+ checker up to `now`: a check every 10 s after core started, the first one 10 s in [U]. */
export function refreshHealth(state: HarborState, ctx: HealthContext): HarborState {
  const core = containerOf(state, 'core');
  if (
    healthEndpointOf(state.layout) === null ||
    core?.status !== 'running' ||
    core.startedAt === null ||
    !ctx.vmRunning
  ) {
    return state.health === null ? state : { ...state, health: null };
  }
  const periods = Math.floor((ctx.now - core.startedAt) / HEALTH_CHECK_PERIOD);
  // Before the first check since core started, only a result taken since then stands (`primeHealth`'s).
  if (periods < 1)
    return state.health === null || state.health.checkedAt >= core.startedAt ? state : { ...state, health: null };
  const checkedAt = (core.startedAt + periods * HEALTH_CHECK_PERIOD) as TwinTime;
  if (state.health !== null && state.health.checkedAt >= checkedAt) return state;
  return { ...state, health: { checkedAt, components: sampleComponents(state, ctx) } };
}

/**
 * Harbor that was up before the twin's clock started (the scenario's starting point): its checkers have already run,
 * so the API answers a report at once instead of "unknown status". No change before 1.8 (no API).
 */
export function primeHealth(state: HarborState, ctx: HealthContext): HarborState {
  if (healthEndpointOf(state.layout) === null) return state;
  return { ...state, health: { checkedAt: ctx.now, components: sampleComponents(state, ctx) } };
}

/** What the health endpoint answers now (1.8+), or the derived report (before 1.8). */
export function harborHealth(state: HarborState, ctx: HealthContext): HealthProbe {
  const endpoint = healthEndpointOf(state.layout);
  if (endpoint === null) return { api: 'none', derived: report(sampleComponents(state, ctx)) };
  const down = (reason: string): HealthProbe => ({ api: 'v2.0', endpoint, reachable: false, reason });
  if (!ctx.vmRunning) return down('The Harbor host is not reachable');
  if (containerOf(state, 'proxy')?.status !== 'running')
    return down('connect: connection refused (nginx is not running)');
  if (containerOf(state, 'core')?.status !== 'running') return down('502 Bad Gateway (harbor-core is not running)');
  if (state.health === null) {
    const unknown = sampleComponents(state, ctx).map((c) => ({
      name: c.name,
      status: 'unhealthy' as const,
      error: UNKNOWN_STATUS,
    }));
    return { api: 'v2.0', endpoint, reachable: true, report: report(unknown) };
  }
  return { api: 'v2.0', endpoint, reachable: true, report: report(state.health.components) };
}
