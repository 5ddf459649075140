/**
 * The walkthrough with Harbor's database on an FTT=0 volume (vdvs.md §4: hostFailuresToTolerate 0 keeps one copy).
 * Seed 3 places vsanvol4's single component on host-1 (.130), as walkthrough-ftt0.test.ts asserts.
 */
import type { HarborVolumeMapping } from '../commands';

import type { Drive } from './drive';
import { scenario, walkthroughReady } from './drive';

export const FTT0_SETUP = [
  { type: 'createPolicy', name: 'FTT=0', content: '(("hostFailuresToTolerate" i0))' },
  { type: 'createVolume', name: 'vsanvol4', opts: { size: '10gb', 'vsan-policy-name': 'FTT=0' } },
];

export const FTT0_MAPPINGS: HarborVolumeMapping[] = [
  { service: 'registry', target: '/storage', volume: 'vsanvol1' },
  { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol4' },
  { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
];

/** Ready for the failover, with vsanvol4 (FTT=0, only copy on host-1) under Harbor's database. */
export function ftt0Ready(): Drive {
  return walkthroughReady(scenario({ seed: 3 }), FTT0_SETUP, FTT0_MAPPINGS);
}
