/** Placed-object fixtures: real placements on fixture hosts, so tests exercise the same shapes the twin builds. */
import { createRng } from '../../rng';
import { placeObject } from '../placement';
import type { ComponentState, ObjectKind, PlacementPolicy, VsanHost, VsanObject } from '../types';
import { gb } from '../units';

import { DEFAULT_POLICY, rankedHosts } from './hosts';

/** What to place; defaults give the canonical FTT=1 SW=1 40 GB VMDK on ranked hosts (replicas host-1/2, witness host-3). */
export interface ObjectFixtureOptions {
  policy?: Partial<PlacementPolicy>;
  hosts?: VsanHost[];
  sizeGb?: number;
  kind?: ObjectKind;
  name?: string;
  seed?: number | string;
}

/** Places an object and fails the test setup if the policy cannot be met. */
export function placedObject(options: ObjectFixtureOptions = {}): VsanObject {
  const result = placeObject({
    objectKind: options.kind ?? 'vdisk',
    name: options.name ?? 'harbor-data.vmdk',
    sizeBytes: gb(options.sizeGb ?? 40),
    policy: { ...DEFAULT_POLICY, ...options.policy },
    hosts: options.hosts ?? rankedHosts(),
    rng: createRng(options.seed ?? 'fixture'),
  });
  if ('error' in result) {
    throw new Error(`fixture placement failed: ${result.error.message}`);
  }
  return result.object;
}

/** Forces every component on a host into a state (test setup only; the twin uses the transitions). */
export function withHostState(object: VsanObject, hostId: string, state: ComponentState): VsanObject {
  return { ...object, components: object.components.map((c) => (c.hostId === hostId ? { ...c, state } : c)) };
}

/** States of the object's components, keyed by host, in component order. */
export function statesByHost(object: VsanObject): Record<string, ComponentState[]> {
  const out: Record<string, ComponentState[]> = {};
  for (const c of object.components) {
    out[c.hostId] = [...(out[c.hostId] ?? []), c.state];
  }
  return out;
}
