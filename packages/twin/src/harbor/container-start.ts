/**
 * One attempt by Docker to start a container, from a boot-time restore, a restart-manager retry or `compose up`.
 * The syslog logging driver dials the log container first: before log listens on 127.0.0.1:1514 the start fails with
 * Exit 128 and `restart: always` does not retry it (harbor.md §1 Known failure mode, goharbor/harbor#129, #1296).
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after, seconds } from '../tasks/time';

import { containerRestartingEvent, containerStartedEvent, containerStartFailedEvent } from './harbor-events';
import type { ContainerState, HarborState } from './harbor-state';
import { containerOf, FIRST_RESTART_DELAY, MAX_RESTART_DELAY, updateContainer } from './harbor-state';
import { CRASH_EXIT_CODE, START_REQUIRES } from './upstreams';

/** `State.Error` of a start before the log container listens (verbatim from the issues in harbor.md §1). */
export const LOGGING_DRIVER_ERROR =
  'failed to initialize logging driver: dial tcp 127.0.0.1:1514: connect: connection refused';

/** Exit code Docker records for a container it could not start. */
export const START_FAILURE_EXIT_CODE = 128;

/** `State.Error` when a named volume cannot be mounted (twin wording after the vDVS plugin's `VolumeDriver.Mount`) [U]. */
export function volumeMountError(volume: string): string {
  return `error while mounting volume '/mnt/vmdk/${volume}/': VolumeDriver.Mount: volume ${volume} is not accessible`;
}

/** True when the log container's syslog listener accepts connections at `t`. */
export function logListening(state: HarborState, t: TwinTime): boolean {
  return containerOf(state, 'log')?.status === 'running' && state.logListeningAt !== null && t >= state.logListeningAt;
}

/** What the start reads from the rest of the twin. */
export interface StartContext {
  volumeAccessible: (name: string) => boolean;
}

/** Tries to start `service` at `t`. */
export function attemptStart(
  state: HarborState,
  t: TwinTime,
  service: string,
  ctx: StartContext,
): { state: HarborState; events: EventDraft[] } {
  const spec = state.layout.services.find((s) => s.name === service);
  const c = containerOf(state, service);
  if (spec === undefined || c === undefined) return { state, events: [] };
  const retry = c.status === 'restarting';
  const base: ContainerState = {
    ...c,
    pendingStartAt: null,
    nextRestartAt: null,
    restartCount: c.restartCount + (retry ? 1 : 0),
  };

  const badVolume = spec.mounts.find((m) => m.type === 'volume' && !ctx.volumeAccessible(m.source));
  const startError =
    spec.logging === 'syslog' && !logListening(state, t)
      ? LOGGING_DRIVER_ERROR
      : badVolume !== undefined
        ? volumeMountError(badVolume.source)
        : null;
  if (startError !== null) {
    const failed: ContainerState = {
      ...base,
      status: 'exited',
      exitCode: START_FAILURE_EXIT_CODE,
      error: startError,
      finishedAt: t,
    };
    return {
      state: updateContainer(state, service, () => failed),
      events: [containerStartFailedEvent(t, failed, startError)],
    };
  }

  const missing = (START_REQUIRES[state.layout.id][service] ?? []).filter(
    (peer) => containerOf(state, peer)?.status !== 'running',
  );
  if (missing.length > 0) {
    const looping: ContainerState = {
      ...base,
      status: 'restarting',
      exitCode: CRASH_EXIT_CODE,
      error: null,
      startedAt: t,
      finishedAt: t,
      nextRestartAt: after(t, c.restartDelay),
      restartDelay: seconds(Math.min(c.restartDelay * 2, MAX_RESTART_DELAY)),
    };
    const events = retry ? [] : [containerRestartingEvent(t, looping, CRASH_EXIT_CODE)];
    return { state: updateContainer(state, service, () => looping), events };
  }

  const running: ContainerState = {
    ...base,
    status: 'running',
    exitCode: null,
    error: null,
    startedAt: t,
    restartDelay: FIRST_RESTART_DELAY,
  };
  const next = updateContainer(state, service, () => running);
  const withLog = service === 'log' ? { ...next, logListeningAt: after(t, state.timings.logListenDelay) } : next;
  return { state: withLog, events: [containerStartedEvent(t, running)] };
}
