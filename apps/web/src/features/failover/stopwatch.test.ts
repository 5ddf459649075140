import { describe, expect, it } from 'vitest';

import { drillFixture } from '../../test/drill-fixtures';

import { repairSecondsLeft, toMilestones } from './stopwatch';

const FAULT_MS = Date.parse('2024-05-01T10:00:00.000Z');

describe('recovery stopwatch', () => {
  it('when the drill is failing over, then reached milestones are fixed and pending ones tick with the time so far', () => {
    const drill = drillFixture({
      status: 'running',
      rto: { ...drillFixture().rto, vmPoweredOnSeconds: null, harborHealthySeconds: null },
    });

    const milestones = toMilestones(drill, FAULT_MS + 20_000);

    expect(milestones.map((m) => [m.key, m.seconds, m.reached, m.ticking])).toStrictEqual([
      ['hostDeclaredDead', 15, true, false],
      ['vmPoweredOn', 20, false, true],
      ['harborHealthy', 20, false, true],
      ['resynced', null, false, false],
    ]);
  });

  it('when the fault was put right and the resync runs, then only Resynced ticks', () => {
    const drill = drillFixture({ recoverable: false });

    expect(toMilestones(drill, FAULT_MS + 4000_000).map((m) => m.ticking)).toStrictEqual([false, false, false, true]);
  });

  it('when the repair timer ends at 11:00 and twin time is 10:59:30, then 30 s are left', () => {
    expect(repairSecondsLeft('2024-05-01T11:00:00.000Z', Date.parse('2024-05-01T10:59:30.000Z'))).toBe(30);
    expect(repairSecondsLeft(null, FAULT_MS)).toBeNull();
  });
});
