/**
 * The compose wizard's apply and `docker-compose up -d`. Apply = `down` + `up -d` with the rewritten file (harbor.md
 * §1: the documented way to move data is editing the compose `volumes:`): the mapped volumes are attached to the
 * Harbor VM in mapping order (Hard disk 2, 3, 4 …), each mapped mount becomes a named-volume mount, and the
 * containers are recreated and started in depends_on order.
 */
import { composeUp } from '../harbor/compose-up';
import { createHarborState } from '../harbor/harbor-state';
import type { ComposeLayout, ServiceSpec } from '../harbor/layout-types';

import { attachTo } from './cmd-attach';
import type { HarborVolumeMapping } from './commands';
import type { CommandOf } from './commands';
import { harborVm } from './harbor-bridge';
import { harborEntity } from './refs';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import { DOCKER_DAEMON_DOWN, vdvsUnavailable } from './volume-guards';
import { findVolume, fullNameOf } from './volume-view';
import type { Work } from './work';
import { emit, nowOf, runTask } from './work';

function remount(spec: ServiceSpec, mappings: readonly HarborVolumeMapping[]): ServiceSpec {
  const mine = mappings.filter((m) => m.service === spec.name);
  if (mine.length === 0) return spec;
  const byTarget = new Map(
    mine.map((m) => [m.target, { type: 'volume' as const, source: m.volume, target: m.target }]),
  );
  // A replaced mount keeps its place in the file; a new target goes last.
  const replaced = spec.mounts.map((m) => byTarget.get(m.target) ?? m);
  const added = [...byTarget.values()].filter((v) => !spec.mounts.some((m) => m.target === v.target));
  return { ...spec, mounts: [...replaced, ...added] };
}

function mappingProblem(layout: ComposeLayout, m: HarborVolumeMapping): string | null {
  if (!layout.services.some((s) => s.name === m.service)) return `No such service: ${m.service}`;
  if (!m.target.startsWith('/')) return `Invalid mount target for ${m.service}: ${m.target} (must be an absolute path)`;
  return null;
}

/** Applies the rewritten compose file: attach the volumes, recreate Harbor's containers on them. */
export function cmdHarborApplyCompose(w: Work, cmd: CommandOf<'harborApplyCompose'>): CommandResult {
  const vm = harborVm(w.s);
  if (vm === undefined) return refuse('not_found', `No VM with id ${w.s.harbor.vmId}`);
  if (vm.power !== 'poweredOn') return refuse('conflict', DOCKER_DAEMON_DOWN);
  const layout = w.s.harbor.state.layout;
  for (const m of cmd.mappings) {
    const problem = mappingProblem(layout, m);
    if (problem !== null) return refuse('unprocessable', problem);
    if (findVolume(w.s, m.volume) === undefined) return refuse('not_found', `Error: No such volume: ${m.volume}`);
  }
  if (cmd.mappings.length > 0) {
    const unavailable = vdvsUnavailable(w.s, vm);
    if (unavailable !== null) return { ok: false, error: unavailable };
  }
  const labels: string[] = [];
  const attached: string[] = [];
  for (const m of cmd.mappings) {
    const volume = findVolume(w.s, m.volume);
    if (volume === undefined || attached.includes(fullNameOf(volume))) continue;
    const current = w.s.topology.vms.find((v) => v.id === vm.id) ?? vm;
    const r = attachTo(w, volume, current);
    if (!r.ok) return refuse('conflict', r.message);
    attached.push(fullNameOf(volume));
    if (r.added) labels.push(r.diskLabel);
  }
  const nextLayout: ComposeLayout = { ...layout, services: layout.services.map((s) => remount(s, cmd.mappings)) };
  const recreated = createHarborState(nextLayout, null, w.s.harbor.state.timings);
  const started = composeUp(recreated, nowOf(w));
  w.s = { ...w.s, harbor: { ...w.s.harbor, composeText: cmd.composeText, state: started.state } };
  emit(w, ...started.events, {
    time: nowOf(w),
    severity: 'info',
    typeId: 'com.harborview.harbor.Recreated',
    message: `Harbor's containers were recreated from the new compose file${attached.length > 0 ? ` on ${attached.join(', ')}` : ''}`,
    objects: [harborEntity(w.s)],
  });
  const taskId = runTask(w, {
    name: 'Apply Harbor compose file',
    target: harborEntity(w.s),
    details: `${layout.composeCommand} down && ${layout.composeCommand} up -d`,
  });
  return done(taskId, { diskLabels: labels });
}

/** `docker-compose up -d [service…]`: starts what is stopped, dependencies first. */
export function cmdHarborComposeUp(w: Work, cmd: CommandOf<'harborComposeUp'>): CommandResult {
  const vm = harborVm(w.s);
  if (vm === undefined) return refuse('not_found', `No VM with id ${w.s.harbor.vmId}`);
  if (vm.power !== 'poweredOn') return refuse('conflict', DOCKER_DAEMON_DOWN);
  const layout = w.s.harbor.state.layout;
  const unknown = (cmd.services ?? []).find((name) => !layout.services.some((s) => s.name === name));
  if (unknown !== undefined) return refuse('unprocessable', `No such service: ${unknown}`);
  const r = composeUp(w.s.harbor.state, nowOf(w), cmd.services === undefined ? {} : { services: cmd.services });
  w.s = { ...w.s, harbor: { ...w.s.harbor, state: r.state } };
  emit(w, ...r.events);
  const taskId = runTask(w, {
    name: 'Start Harbor containers',
    target: harborEntity(w.s),
    details: `${layout.composeCommand} up -d${cmd.services === undefined ? '' : ` ${cmd.services.join(' ')}`}`,
  });
  return done(taskId);
}
