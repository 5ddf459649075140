import type { Clock, ResetTwinBody } from '@harborview/contracts/clock';
import { clockView } from '@harborview/twin/queries';

import type { ClockDriver } from '../twin-runtime/clock-driver';

import type { Caller } from './caller';
import type { ClockBackend } from './clock-backend';
import type { TwinRuntime } from './twin-command';
import { runCommand } from './twin-command';

/** What the clock area needs besides the twin: the driver that ticks it, the wall clock and the BFF's reset. */
export interface TwinClockDeps {
  clock: ClockDriver;
  /** Starts a fresh scenario: the BFF wipes the real data behind the old one first. */
  reset: (options: Omit<ResetTwinBody, 'scenario'>) => Promise<void>;
  wallNow: () => Date;
}

const ADMIN: Caller = { user: 'VSPHERE.LOCAL\\Administrator' };

/** The clock area: twin time with the driver's pause and the wall time; speed and advance are twin commands. */
export function createTwinClock(runtime: TwinRuntime, deps: TwinClockDeps): ClockBackend {
  const clock = (): Clock => ({
    ...clockView(runtime.state()),
    paused: deps.clock.paused(),
    wallTime: deps.wallNow().toISOString(),
  });
  return {
    clock: async () => clock(),
    async setClock(body) {
      if (body.speed !== undefined) await runCommand(runtime, { type: 'setSpeed', speed: body.speed }, ADMIN);
      if (body.paused !== undefined) deps.clock.setPaused(body.paused);
      return clock();
    },
    async advanceClock(seconds) {
      await runCommand(runtime, { type: 'advance', seconds }, ADMIN);
      return clock();
    },
    async reset(body) {
      await deps.reset(body);
      return clock();
    },
  };
}
