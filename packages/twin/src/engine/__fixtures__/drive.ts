/**
 * Test drivers for the engine: run commands and fail loudly on a refusal, read objects by volume, and the
 * walkthrough's setup (vdvs.md §1–§3, harbor.md §1, vsan-ha.md §3) as one reusable start.
 */
import type { TwinEvent } from '../../tasks/events';
import type { VsanObject } from '../../vsan/types';
import type { HarborVolumeMapping } from '../commands';
import type { ScenarioOptions } from '../scenario';
import { createScenario } from '../scenario';
import type { TwinState } from '../state';
import { step } from '../step';
import { findVolume, volumeObject } from '../volume-view';

/** 2017-03-01T00:00:00Z: the walkthrough's fixed epoch (vDVS 0.11-era, vdvs.md §2 example dates). */
export const EPOCH = Date.UTC(2017, 2, 1);

/** A state plus every event logged on the way. */
export interface Drive {
  state: TwinState;
  events: TwinEvent[];
}

/** Runs commands in order; throws with the refusal if one is refused. */
export function drive(start: TwinState | Drive, ...commands: unknown[]): Drive {
  let current: Drive = 'schemaVersion' in start ? { state: start, events: [] } : start;
  for (const command of commands) {
    const r = step(current.state, command);
    if (!r.result.ok) throw new Error(`${JSON.stringify(command)} refused: ${JSON.stringify(r.result.error)}`);
    current = { state: r.state, events: [...current.events, ...r.events] };
  }
  return current;
}

/** The walkthrough scenario with seed 1 on 3 hosts unless overridden. */
export function scenario(options: Partial<ScenarioOptions> = {}): TwinState {
  return createScenario({ scenario: 'walkthrough', seed: 1, startEpochMs: EPOCH, ...options });
}

/** The vSAN object behind a volume (throws when missing). */
export function objectOf(state: TwinState, volume: string): VsanObject {
  const v = findVolume(state, volume);
  const o = v === undefined ? undefined : volumeObject(state, v);
  if (o === undefined) throw new Error(`no object for ${volume}`);
  return o;
}

/** The attach wizard's mappings of the walkthrough: registry, database and job logs onto the three volumes. */
export const WALKTHROUGH_MAPPINGS: HarborVolumeMapping[] = [
  { service: 'registry', target: '/storage', volume: 'vsanvol1' },
  { service: 'mysql', target: '/var/lib/mysql', volume: 'vsanvol2' },
  { service: 'jobservice', target: '/var/log/jobs', volume: 'vsanvol3' },
];

/** Setup checklist done (VIB on every host, plugin on the Docker VM), installs finished. */
export function installed(state: TwinState): Drive {
  const vibs = state.topology.hosts.filter((h) => h.vib.state === 'notInstalled').map((h) => ({ type: 'installVib', hostId: h.id }));
  const plugin = state.topology.vms.some((v) => v.id === state.harbor.vmId && v.dockerPlugin.state === 'notInstalled')
    ? [{ type: 'installPlugin', vmId: state.harbor.vmId }]
    : [];
  return drive(state, ...vibs, ...plugin, { type: 'advance', seconds: 30 });
}

/**
 * The walkthrough up to the failover: policy SW=2, vsanvol1 50gb, vsanvol2 20gb (default policy), vsanvol3 20gb on
 * SW=2, Harbor moved onto them, HA on and settled (election 15 s + protectedlist 10 s).
 */
export function walkthroughReady(
  state: TwinState = scenario(),
  extra: unknown[] = [],
  mappings: HarborVolumeMapping[] = WALKTHROUGH_MAPPINGS,
): Drive {
  return drive(
    installed(state),
    { type: 'createPolicy', name: 'SW=2', content: '(("stripeWidth" i2))' },
    { type: 'createVolume', name: 'vsanvol1', opts: { size: '50gb' } },
    { type: 'createVolume', name: 'vsanvol2', opts: { size: '20gb' } },
    { type: 'createVolume', name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } },
    ...extra,
    { type: 'harborApplyCompose', composeText: 'rewritten by the compose package', mappings },
    { type: 'setHaEnabled', enabled: true },
    { type: 'advance', seconds: 30 },
  );
}
