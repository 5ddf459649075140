import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Command, Sim } from './__fixtures__/harness';
import { run, settledSim, vmView } from './__fixtures__/harness';
import type { PowerOnCheck } from './types';

// Invariants of vsan-ha.md §3 Restart behaviour: HA only powers VMs on on live hosts; and the §3 Timelines do not
// depend on how often the integrator ticks (deadline times, not tick times, stamp the events).
const HOSTS = ['host-1', 'host-2', 'host-3', 'host-4', 'host-5'];

const commandArb = fc.oneof(
  fc.record({
    at: fc.integer({ min: 101, max: 900 }),
    type: fc.constant('fail' as const),
    hostId: fc.constantFrom(...HOSTS),
    kind: fc.constantFrom('hostFailure' as const, 'isolation' as const),
  }),
  fc.record({
    at: fc.integer({ min: 101, max: 900 }),
    type: fc.constant('recover' as const),
    hostId: fc.constantFrom(...HOSTS),
  }),
);

// A deterministic check that refuses some (vm, host) pairs, standing in for vSAN accessibility.
function refusing(seed: number): PowerOnCheck {
  return (vm, host) =>
    (vm.length * 7 + host.length * 13 + seed + Number(host.at(-1))) % 5 === 0 ? 'inaccessible' : true;
}

function liveAt(script: Command[], hostId: string, t: number): boolean {
  const last = script
    .filter((c) => c.hostId === hostId && c.at <= t)
    .sort((a, b) => a.at - b.at)
    .at(-1);
  return last === undefined || last.type === 'recover';
}

describe('haTick properties', () => {
  it('when hosts fail and recover in any order, then HA never powers a VM on on a host that is down', () => {
    fc.assert(
      fc.property(
        fc.array(commandArb, { maxLength: 8 }),
        fc.integer({ min: 4, max: 5 }),
        fc.nat({ max: 10 }),
        (script, hostCount, seed) => {
          // Arrange
          const check = refusing(seed);
          const vms = Array.from({ length: 6 }, (_, i) => vmView(`vm-${i + 1}`, `host-${(i % hostCount) + 1}`));
          const usable = script.filter((c) => Number(c.hostId.slice(5)) <= hostCount);
          const sim: Sim = settledSim(hostCount, vms, check);

          // Act
          const after = run(sim, usable, 1200, 1, check);

          // Assert
          for (const { at, action } of after.actions) {
            if (action.type === 'powerOnVm' || action.type === 'vmPoweredOn') {
              expect(liveAt(usable, action.hostId, at)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('when one host fails, then ticking every second or in coarse steps gives the same events', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('host-1', 'host-2', 'host-3'),
        fc.constantFrom('hostFailure' as const, 'isolation' as const),
        fc.integer({ min: 2, max: 45 }),
        (hostId, kind, step) => {
          // Arrange
          const sim = settledSim(3, [vmView('vm-1', hostId), vmView('vm-2', 'host-2')]);
          const script: Command[] = [{ at: 500, type: 'fail', hostId, kind }];

          // Act
          const fine = run(sim, script, 800, 1);
          const coarse = run(sim, script, 800, step);

          // Assert
          expect(coarse.events).toStrictEqual(fine.events);
        },
      ),
      { numRuns: 40 },
    );
  });
});
