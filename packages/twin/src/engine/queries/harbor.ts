/**
 * Harbor as the console shows it (contracts `Harbor`, without the BFF's own `registry` process block): overall
 * status and components in the `/api/v2.0/health` shape (harbor.md §3.1; 0.x has no API, so the report is derived
 * from containers), each service's container and mounts with the vDVS volume behind them, and the findings.
 */
import type { Harbor, HarborMount, HarborService } from '@harborview/contracts/harbor';

import { harborHealth } from '../../harbor/health';
import { harborContext, harborVm, volumeUsableBy } from '../harbor-bridge';
import type { TwinState } from '../state';
import { findVolume, fullNameOf } from '../volume-view';

import { isoOrNull } from './time';

/**
 * contracts `Harbor` without the BFF's own `registry` process block, plus the VM's name, the layout's Harbor version,
 * the compose text and why the health API is unreachable. Fields are in the contract's order.
 */
export type HarborView = Omit<Harbor, 'registry'> & {
  vmName: string;
  harborVersion: string;
  composeText: string;
  unreachable: string | null;
};

/** `GET /api/harbor`. */
export function harborView(s: TwinState): HarborView {
  const t = s.clock.now;
  const vm = harborVm(s);
  const ctx = harborContext(s, t);
  const probe = harborHealth(s.harbor.state, ctx);
  const report = probe.api === 'none' ? probe.derived : probe.reachable ? probe.report : null;
  const { layout, containers } = s.harbor.state;
  const services = layout.services.map<HarborService>((spec) => {
    const c = containers.find((x) => x.service === spec.name);
    const mounts = spec.mounts.map<HarborMount>((m) => {
      if (m.type === 'bind')
        return { source: m.source, target: m.target, kind: 'bind', volume: null, accessible: null };
      const v = findVolume(s, m.source);
      const accessible = vm !== undefined && volumeUsableBy(s, vm, m.source, t);
      return {
        source: m.source,
        target: m.target,
        kind: 'volume',
        volume: v === undefined ? null : fullNameOf(v),
        accessible,
      };
    });
    const running = ctx.vmRunning && c?.status === 'running';
    return {
      name: spec.name,
      container: c?.name ?? spec.name,
      state: c?.status ?? 'created',
      exitCode: c?.exitCode ?? null,
      error: c?.error ?? null,
      restarts: c?.restartCount ?? 0,
      startedAt: isoOrNull(s, c?.startedAt ?? null),
      healthy: running && mounts.every((m) => m.accessible !== false),
      mounts,
    };
  });
  return {
    status: report?.status ?? 'unhealthy',
    healthApi: probe.api,
    healthEndpoint: probe.api === 'none' ? null : probe.endpoint,
    components: report?.components ?? [],
    services,
    vmId: s.harbor.vmId,
    vmName: vm?.name ?? s.harbor.vmId,
    layout: layout.id,
    harborVersion: layout.harborVersion,
    composeText: s.harbor.composeText,
    unreachable: probe.api === 'v2.0' && !probe.reachable ? probe.reason : null,
    findings: s.findings,
  };
}
