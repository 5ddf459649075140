import type { Drill } from '@harborview/contracts/drills';

import { installPlugin, installVibEverywhere } from '../setup/api';

import {
  advanceClock,
  attachHarbor,
  createPolicy,
  createVolume,
  enableHa,
  fetchDrill,
  fetchHarbor,
  fetchVm,
  preflight,
  previewCompose,
  pushImages,
  startDrill,
} from './api';
import type { BeatId } from './beats';
import type { PresenterSnapshot } from './walkthrough-progress';
import { IMAGE_COUNT, missingVolumes, SW2_POLICY, WALKTHROUGH_MAPPINGS } from './walkthrough-progress';

/** What an action hands back to the presenter: the compose diff it computed, the drill it started. */
export interface BeatEffects {
  onComposeDiff: (diff: string) => void;
  onDrill: (drillId: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Twin seconds are moved on explicitly; what happens in wall time (the real registry starting, the integrity check)
// is waited for with a ceiling so a stuck beat says so instead of hanging the talk.
const WALL_TIMEOUT_MS = 60_000;
const POLL_MS = 500;

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + WALL_TIMEOUT_MS;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(POLL_MS);
  }
}

/** Moves twin time on in small steps until the drill reaches a milestone, then waits in wall time if needed. */
async function advanceUntil(
  drillId: string,
  ok: (d: Drill) => boolean,
  maxSeconds: number,
  what: string,
): Promise<void> {
  const STEP = 5;
  let advanced = 0;
  const deadline = Date.now() + WALL_TIMEOUT_MS;
  for (;;) {
    if (ok(await fetchDrill(drillId))) return;
    if (advanced < maxSeconds) {
      await advanceClock(STEP);
      advanced += STEP;
    } else {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await sleep(POLL_MS);
    }
  }
}

const registryRunning = (): Promise<unknown> =>
  waitFor(fetchHarbor, (h) => h.registry.process === 'running', 'the registry to run');

async function powerOffHarborHost(s: PresenterSnapshot, effects: BeatEffects): Promise<void> {
  const vm = await fetchVm(s.harbor.vmId);
  const fault = { type: 'host-power-off' as const, hostId: vm.hostId };
  const radius = await preflight(fault);
  // The presenter has announced the blast radius on screen; it confirms exactly what the server listed.
  const drill = await startDrill(fault, radius.requiresConfirmation ? radius.goesDown : undefined);
  effects.onDrill(drill.id);
}

/**
 * Performs one beat through the console's API, the way the walkthrough does it (e2e/fixtures/twin-api.ts
 * `walkthroughReady` makes the same calls). Only called for a beat that is not done yet.
 */
export async function performBeat(id: BeatId, s: PresenterSnapshot, effects: BeatEffects): Promise<void> {
  const drillId = s.drill?.id ?? null;
  switch (id) {
    case 'cluster':
    case 'components-absent':
      return;
    case 'plugin':
      await installVibEverywhere();
      if (s.setup.vms.find((v) => v.vmId === s.harbor.vmId)?.plugin.state === 'notInstalled') await installPlugin();
      await advanceClock(60);
      return;
    case 'policy':
      await createPolicy(SW2_POLICY.name, SW2_POLICY.content);
      return;
    case 'volumes':
      for (const volume of missingVolumes(s.volumes)) await createVolume(volume.name, volume.opts);
      return;
    case 'compose':
      effects.onComposeDiff((await previewCompose(WALKTHROUGH_MAPPINGS)).diff);
      return;
    case 'harbor-up':
      await attachHarbor(WALKTHROUGH_MAPPINGS);
      await advanceClock(60);
      await waitFor(
        fetchHarbor,
        (h) => h.status === 'healthy' && h.registry.process === 'running',
        'Harbor to be healthy',
      );
      return;
    case 'images':
      await registryRunning();
      await pushImages(IMAGE_COUNT - s.images.length);
      return;
    case 'ha':
      await enableHa();
      await advanceClock(30);
      return;
    case 'host-off':
      await powerOffHarborHost(s, effects);
      return;
    case 'vm-restarted':
      if (drillId) await advanceUntil(drillId, (d) => d.rto.vmPoweredOnSeconds !== null, 180, 'HA to restart the VM');
      return;
    case 'harbor-healthy':
      if (drillId) await advanceUntil(drillId, (d) => d.rto.harborHealthySeconds !== null, 300, 'Harbor to be healthy');
      return;
    case 'images-intact':
      if (drillId) await advanceUntil(drillId, (d) => d.integrity?.verdict != null, 60, 'the integrity check');
      return;
  }
}
