import { describe, expect, it } from 'vitest';

import { CLOSE_AFTER_RESYNC_SECONDS, FAILOVER_DEADLINE_SECONDS, nextStep } from './drill-rules';
import type { Observation } from './observation';

function obs(over: Partial<Observation>): Observation {
  return {
    epochMs: 0,
    lastSeq: 1,
    nextEventId: 1,
    now: 100,
    faultAt: 100,
    faultActive: true,
    clearedAt: null,
    entries: [],
    samples: [],
    harborHealthy: false,
    haGaveUp: false,
    objectKeys: {},
    registryRunning: false,
    resyncedAt: null,
    resyncLeft: 0,
    resyncPeak: 0,
    repairTimer: { endsAt: null, outcome: null },
    vmHostNow: null,
    reset: false,
    ...over,
  };
}

describe('nextStep', () => {
  it.each([
    ['when the fault is not in yet, then nothing happens', 'running', { faultAt: null }, null],
    [
      'when Harbor is healthy after the fault, then the data is verified',
      'running',
      { harborHealthy: true },
      'verify-failover',
    ],
    [
      'when Harbor is still down within the deadline, then the drill waits',
      'running',
      { now: 100 + FAILOVER_DEADLINE_SECONDS - 1 },
      null,
    ],
    [
      'when Harbor is still down at the deadline, then the drill gives up',
      'running',
      { now: 100 + FAILOVER_DEADLINE_SECONDS },
      'give-up',
    ],
    [
      'when HA stops trying to restart the VM, then the drill gives up at once',
      'running',
      { haGaveUp: true },
      'give-up',
    ],
    [
      'when the fault was put right but the resync runs, then the drill waits',
      'recovered',
      { harborHealthy: true, clearedAt: 200 },
      null,
    ],
    [
      'when resynced with Harbor healthy, then the data is verified again',
      'recovered',
      { harborHealthy: true, resyncedAt: 300 },
      'verify-recovery',
    ],
    [
      'when resynced but Harbor is still down, then a failed drill waits for HA',
      'failed',
      { resyncedAt: 300, now: 301 },
      null,
    ],
    [
      'when half an hour has passed since the resync, then a failed drill closes',
      'failed',
      { resyncedAt: 300, now: 300 + CLOSE_AFTER_RESYNC_SECONDS },
      'verify-recovery',
    ],
    ['when the twin was reset, then the drill is abandoned', 'running', { reset: true }, 'abandon'],
  ] as const)('%s', (_name, status, over, step) => {
    expect(nextStep(status, obs(over))).toBe(step);
  });
});
