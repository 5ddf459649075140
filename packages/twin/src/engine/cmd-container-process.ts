/**
 * A Harbor container whose process is real (the `registry` service runs a real docker-registry in the BFF) can die on
 * its own, outside anything the twin simulates. The BFF reports it, and the twin records it as Docker would show it:
 * `State.Status`, `ExitCode` and `RestartCount` (harbor.md §0: all a dashboard can use for 0.x containers), with the
 * service's `restart:` policy deciding between `restarting` and `exited` (harbor.md §1 Restart policy: every Harbor
 * service has `restart: always`). The real process's supervisor is the restart manager here, so the twin schedules no
 * restart of its own (`nextRestartAt` stays null) and waits for `containerStarted`.
 */
import { containerRef, containerRestartingEvent, containerStartedEvent } from '../harbor/harbor-events';
import type { ContainerState } from '../harbor/harbor-state';
import { containerOf, updateContainer } from '../harbor/harbor-state';
import type { RestartPolicy } from '../harbor/layout-types';

import type { CommandOf } from './commands';
import { harborVm } from './harbor-bridge';
import type { CommandResult } from './result';
import { done, refuse } from './result';
import type { Work } from './work';
import { emit, nowOf } from './work';

/** Whether Docker's restart manager restarts a container that exited with `exitCode` under `policy`. */
export function restartsAfterExit(policy: RestartPolicy, exitCode: number): boolean {
  return policy === 'always' || policy === 'unless-stopped' || (policy === 'on-failure' && exitCode !== 0);
}

/** The container of a running Harbor VM, or why the report does not apply. */
function reportedContainer(w: Work, service: string): ContainerState | { refused: CommandResult } {
  const c = containerOf(w.s.harbor.state, service);
  if (c === undefined) return { refused: refuse('not_found', `No Harbor service named ${service}`) };
  if (harborVm(w.s)?.power !== 'poweredOn') {
    return { refused: refuse('conflict', `The Docker host of ${c.name} is not running`) };
  }
  return c;
}

/** The container's process exited on its own with `exitCode` (137 after a SIGKILL, as Docker records it). */
export function cmdContainerExited(w: Work, cmd: CommandOf<'containerExited'>): CommandResult {
  if (!Number.isSafeInteger(cmd.exitCode) || cmd.exitCode < 0 || cmd.exitCode > 255) {
    return refuse('bad_request', 'containerExited.exitCode must be an integer from 0 to 255');
  }
  const found = reportedContainer(w, cmd.service);
  if ('refused' in found) return found.refused;
  // A stale report (the twin already stopped it, or it is restarting): nothing new happened.
  if (found.status !== 'running') return refuse('conflict', `Container ${found.name} is not running`);
  const policy = w.s.harbor.state.layout.services.find((s) => s.name === cmd.service)?.restart ?? 'no';
  const restarts = restartsAfterExit(policy, cmd.exitCode);
  const t = nowOf(w);
  const exited: ContainerState = {
    ...found,
    status: restarts ? 'restarting' : 'exited',
    exitCode: cmd.exitCode,
    error: null,
    finishedAt: t,
    nextRestartAt: null,
  };
  w.s = { ...w.s, harbor: { ...w.s.harbor, state: updateContainer(w.s.harbor.state, cmd.service, () => exited) } };
  emit(
    w,
    restarts
      ? containerRestartingEvent(t, exited, cmd.exitCode)
      : {
          time: t,
          severity: 'error',
          typeId: 'com.harborview.harbor.ContainerExited',
          message: `Container ${exited.name} exited (Exit ${cmd.exitCode}); its restart policy is "${policy}"`,
          objects: [containerRef(exited)],
        },
  );
  return done();
}

/** The restart manager started the container's process again after `containerExited`. */
export function cmdContainerStarted(w: Work, cmd: CommandOf<'containerStarted'>): CommandResult {
  const found = reportedContainer(w, cmd.service);
  if ('refused' in found) return found.refused;
  // Only a restart the twin left to the real process; anything else is the twin's own to decide.
  if (found.status !== 'restarting' || found.nextRestartAt !== null || found.pendingStartAt !== null) {
    return refuse('conflict', `Container ${found.name} is not waiting for its process to restart`);
  }
  const t = nowOf(w);
  const running: ContainerState = {
    ...found,
    status: 'running',
    exitCode: null,
    error: null,
    startedAt: t,
    restartCount: found.restartCount + 1,
  };
  w.s = { ...w.s, harbor: { ...w.s.harbor, state: updateContainer(w.s.harbor.state, cmd.service, () => running) } };
  emit(w, containerStartedEvent(t, running));
  return done();
}
