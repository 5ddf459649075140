import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { EntityRef } from './entity';
import type { TaskLog } from './task';
import {
  createTask,
  createTaskLog,
  failTask,
  findOpenTaskByKey,
  setTaskProgress,
  startTask,
  succeedTask,
  TASK_LOG_CAPACITY,
} from './task';
import { twinTime } from './time';

// Field mapping of Recent Tasks: vsphere-client-ui.md §4 Layout.
const VM: EntityRef = { type: 'VirtualMachine', id: 'vm-1', name: 'photon-harbor' };
const T = twinTime;

function getTestContext(): { log: TaskLog; taskId: string } {
  const { state, taskId } = createTask(createTaskLog(), T(10), {
    name: 'Power On virtual machine',
    target: VM,
    initiator: 'root',
  });
  return { log: state, taskId };
}

describe('createTask', () => {
  it('when a task is created, then it is queued as task-1 and a TaskEvent is logged', () => {
    // Arrange
    const log = createTaskLog();

    // Act
    const result = createTask(log, T(10), { name: 'Create volume', target: VM, initiator: 'root', key: 'k1' });

    // Assert
    expect(result).toStrictEqual({
      taskId: 'task-1',
      events: [
        { time: T(10), severity: 'info', typeId: 'vim.event.TaskEvent', message: 'Task: Create volume', objects: [VM] },
      ],
      state: {
        nextNumber: 2,
        tasks: [
          {
            id: 'task-1',
            key: 'k1',
            name: 'Create volume',
            target: VM,
            state: 'queued',
            progress: 0,
            initiator: 'root',
            details: null,
            queuedAt: T(10),
            startedAt: null,
            completedAt: null,
            error: null,
          },
        ],
      },
    });
  });

  it('when more finished tasks than the capacity exist, then the oldest finished are dropped first', () => {
    // Arrange
    let log = createTaskLog();
    const open = createTask(log, T(0), { name: 'Open', target: VM, initiator: 'root' });
    log = open.state;
    for (let i = 0; i < TASK_LOG_CAPACITY; i += 1) {
      const created = createTask(log, T(i), { name: `Done ${i}`, target: VM, initiator: 'root' });
      log = succeedTask(created.state, T(i), { taskId: created.taskId }).state;
    }

    // Act
    const ids = log.tasks.map((t) => t.id);

    // Assert
    expect(ids.length).toBe(TASK_LOG_CAPACITY);
    expect(ids[0]).toBe(open.taskId);
    expect(ids[1]).toBe('task-3');
  });
});

describe('task transitions', () => {
  it('when a task is started, progressed and succeeded, then it ends at 100% with start and completion times', () => {
    // Arrange
    const { log, taskId } = getTestContext();

    // Act
    const started = startTask(log, T(11), { taskId }).state;
    const progressed = setTaskProgress(started, T(12), { taskId, progress: 40 }).state;
    const done = succeedTask(progressed, T(14), { taskId }).state;

    // Assert
    expect(progressed.tasks[0]?.progress).toBe(40);
    const { state, progress, startedAt, completedAt } = done.tasks[0] ?? {};
    expect({ state, progress, startedAt, completedAt }).toStrictEqual({
      state: 'success',
      progress: 100,
      startedAt: T(11),
      completedAt: T(14),
    });
  });

  it('when a queued task fails, then it records the error and its start equals its completion', () => {
    // Arrange
    const { log, taskId } = getTestContext();

    // Act
    const failed = failTask(log, T(12), { taskId, error: 'The operation is not allowed in the current state.' }).state;

    // Assert
    const { state, startedAt, completedAt, error } = failed.tasks[0] ?? {};
    expect({ state, startedAt, completedAt, error }).toStrictEqual({
      state: 'error',
      startedAt: T(12),
      completedAt: T(12),
      error: 'The operation is not allowed in the current state.',
    });
  });

  it.each([
    ['succeed', (log: TaskLog, id: string) => succeedTask(log, T(20), { taskId: id })],
    ['fail', (log: TaskLog, id: string) => failTask(log, T(20), { taskId: id, error: 'x' })],
    ['start', (log: TaskLog, id: string) => startTask(log, T(20), { taskId: id })],
    ['progress', (log: TaskLog, id: string) => setTaskProgress(log, T(20), { taskId: id, progress: 10 })],
  ])('when a finished task gets %s, then the log is unchanged', (_name, transition) => {
    // Arrange
    const { log, taskId } = getTestContext();
    const finished = succeedTask(log, T(15), { taskId }).state;

    // Act
    const result = transition(finished, taskId);

    // Assert
    expect(result).toStrictEqual({ state: finished, events: [] });
  });

  it('when progress updates arrive in any order, then progress never decreases and stays within 0-100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 150 }), { maxLength: 15 }), (updates) => {
        // Arrange
        const { log, taskId } = getTestContext();
        let state = startTask(log, T(11), { taskId }).state;
        let last = 0;

        // Act / Assert
        for (const progress of updates) {
          state = setTaskProgress(state, T(12), { taskId, progress }).state;
          const now = state.tasks[0]?.progress ?? -1;
          expect(now).toBeGreaterThanOrEqual(last);
          expect(now).toBeLessThanOrEqual(100);
          last = now;
        }
      }),
    );
  });
});

describe('findOpenTaskByKey', () => {
  it('when a keyed task is open, then it is found, and once finished it is not', () => {
    // Arrange
    const created = createTask(createTaskLog(), T(1), {
      name: 'vSphere HA restart',
      target: VM,
      initiator: 'System',
      key: 'ha:vm-1:1',
    });

    // Act
    const open = findOpenTaskByKey(created.state, 'ha:vm-1:1');
    const closed = findOpenTaskByKey(succeedTask(created.state, T(4), { taskId: created.taskId }).state, 'ha:vm-1:1');

    // Assert
    expect(open?.id).toBe('task-1');
    expect(closed).toBeUndefined();
  });
});
