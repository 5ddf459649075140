/**
 * Events the Harbor side adds to the Events list. These are the twin's own type ids (`com.harborview.harbor.*`):
 * Docker has no vCenter events, but the operator's failover timeline needs container starts and failures in it.
 */
import type { EntityRef } from '../tasks/entity';
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import type { ContainerState } from './harbor-state';

/** A container as an event object. */
export function containerRef(c: ContainerState): EntityRef {
  return { type: 'Container', id: c.name, name: c.name };
}

/** A container started and is running. */
export function containerStartedEvent(t: TwinTime, c: ContainerState): EventDraft {
  return {
    time: t,
    severity: 'info',
    typeId: 'com.harborview.harbor.ContainerStarted',
    message: `Container ${c.name} started`,
    objects: [containerRef(c)],
  };
}

/** Docker could not start a container (`Exit 128`). */
export function containerStartFailedEvent(t: TwinTime, c: ContainerState, error: string): EventDraft {
  return {
    time: t,
    severity: 'error',
    typeId: 'com.harborview.harbor.ContainerStartFailed',
    message: `Container ${c.name} failed to start: ${error} (Exit 128)`,
    objects: [containerRef(c)],
  };
}

/** A container's process exited and `restart: always` keeps restarting it (logged once per crash loop). */
export function containerRestartingEvent(t: TwinTime, c: ContainerState, exitCode: number): EventDraft {
  return {
    time: t,
    severity: 'warning',
    typeId: 'com.harborview.harbor.ContainerRestarting',
    message: `Container ${c.name} exited (Exit ${exitCode}) and is restarting`,
    objects: [containerRef(c)],
  };
}

/** Every container stopped because the Docker host lost power. */
export function containersStoppedEvent(t: TwinTime, harbor: EntityRef, stopped: number): EventDraft {
  return {
    time: t,
    severity: 'error',
    typeId: 'com.harborview.harbor.ContainersStopped',
    message: `${stopped} Harbor containers stopped: the Docker host powered off`,
    objects: [harbor],
  };
}
