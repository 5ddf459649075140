/**
 * Test driver for Harbor: the VM runs from `poweredOnAt` with the guest booted at `bootedAt` (null: never powered off),
 * and `harborTick` is called every `step` seconds from `from` to `until`.
 */
import type { EventDraft } from '../../tasks/events';
import { twinTime } from '../../tasks/time';
import type { HarborState } from '../harbor-state';
import { harborTick } from '../harbor-tick';

/** One scripted run. */
export interface RunSpec {
  from: number;
  until: number;
  step: number;
  vmDown?: [number, number];
  bootedAt?: number;
  volumeAccessible?: (name: string) => boolean;
}

/** Runs and returns the final state and every event. */
export function runHarbor(start: HarborState, spec: RunSpec): { state: HarborState; events: EventDraft[] } {
  let state = start;
  const events: EventDraft[] = [];
  for (let t = spec.from; t <= spec.until; t = Math.min(spec.until + 1, t + spec.step)) {
    const down = spec.vmDown !== undefined && t >= spec.vmDown[0] && t < spec.vmDown[1];
    const booted = spec.bootedAt !== undefined && t >= spec.bootedAt ? twinTime(spec.bootedAt) : null;
    const r = harborTick(state, {
      now: twinTime(t),
      vmRunning: !down,
      guestBootedAt: booted,
      volumeAccessible: spec.volumeAccessible ?? (() => true),
    });
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

/** `docker ps -a` in short: service, status, exit code. */
export function ps(state: HarborState): [string, string, number | null][] {
  return state.containers.map((c) => [c.service, c.status, c.exitCode]);
}

/**
 * `ps` after the log-first race of goharbor/harbor#1296 as harbor.md §1 tells it: log runs, registry, mysql and ui
 * stay in Exit 128 (their logging driver found no rsyslog), jobservice runs and nginx (proxy) keeps restarting.
 */
export const LOG_FIRST_RACE_PS: [string, string, number | null][] = [
  ['log', 'running', null],
  ['registry', 'exited', 128],
  ['mysql', 'exited', 128],
  ['ui', 'exited', 128],
  ['jobservice', 'running', null],
  ['proxy', 'restarting', 1],
];
