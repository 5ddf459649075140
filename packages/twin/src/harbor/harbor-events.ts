/**
 * Events the Harbor side adds to the Events list. These are the twin's own type ids (`com.harborview.harbor.*`):
 * Docker has no vCenter events, but the operator's failover timeline needs container starts and failures in it.
 */
import type { EntityRef } from '../tasks/entity';
import type { EventDraft, EventSeverity } from '../tasks/events';
import type { TwinTime } from '../tasks/time';

import type { ContainerState } from './harbor-state';

/** A container as an event object. */
export function containerRef(c: ContainerState): EntityRef {
  return { type: 'Container', id: c.name, name: c.name };
}

/** One Harbor event about one object; `type` is the last part of its `com.harborview.harbor.*` type id. */
function harborEvent(
  t: TwinTime,
  severity: EventSeverity,
  type: string,
  message: string,
  about: EntityRef,
): EventDraft {
  return { time: t, severity, typeId: `com.harborview.harbor.${type}`, message, objects: [about] };
}

/** A container started and is running. */
export function containerStartedEvent(t: TwinTime, c: ContainerState): EventDraft {
  return harborEvent(t, 'info', 'ContainerStarted', `Container ${c.name} started`, containerRef(c));
}

/** Docker could not start a container (`Exit 128`). */
export function containerStartFailedEvent(t: TwinTime, c: ContainerState, error: string): EventDraft {
  const message = `Container ${c.name} failed to start: ${error} (Exit 128)`;
  return harborEvent(t, 'error', 'ContainerStartFailed', message, containerRef(c));
}

/** A container's process exited and `restart: always` keeps restarting it (logged once per crash loop). */
export function containerRestartingEvent(t: TwinTime, c: ContainerState, exitCode: number): EventDraft {
  const message = `Container ${c.name} exited (Exit ${exitCode}) and is restarting`;
  return harborEvent(t, 'warning', 'ContainerRestarting', message, containerRef(c));
}

/** Every container stopped because the Docker host lost power. */
export function containersStoppedEvent(t: TwinTime, harbor: EntityRef, stopped: number): EventDraft {
  const message = `${stopped} Harbor containers stopped: the Docker host powered off`;
  return harborEvent(t, 'error', 'ContainersStopped', message, harbor);
}
