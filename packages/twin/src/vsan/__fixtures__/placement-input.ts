/** Placement inputs for tests: the canonical 40 GB VMDK with the default policy on ranked hosts. */
import { createRng } from '../../rng';
import type { PlacementInput, PlacementResult } from '../placement';
import type { PlacementPolicy, VsanObject } from '../types';
import { gb } from '../units';

import { DEFAULT_POLICY, rankedHosts } from './hosts';

/** A placement input with overrides. */
export function placementInput(overrides: Partial<PlacementInput> = {}): PlacementInput {
  return {
    objectKind: 'vdisk',
    name: 'harbor-data.vmdk',
    sizeBytes: gb(40),
    policy: DEFAULT_POLICY,
    hosts: rankedHosts(),
    rng: createRng('placement'),
    ...overrides,
  };
}

/** The placed object, or a thrown error naming why placement failed. */
export function expectPlaced(result: PlacementResult): VsanObject {
  if ('error' in result) {
    throw new Error(`expected a placement, got ${result.error.message}`);
  }
  return result.object;
}

/** The default policy with overrides. */
export function withPolicy(overrides: Partial<PlacementPolicy>): PlacementPolicy {
  return { ...DEFAULT_POLICY, ...overrides };
}
