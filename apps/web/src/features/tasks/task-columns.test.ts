import type { Task } from '@harborview/contracts/tasks';
import { describe, expect, it } from 'vitest';

import { queuedFor, statusText } from './task-columns';

const task = (over: Partial<Task>): Task => ({
  id: 't1',
  name: 'Power Off host',
  target: { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' },
  state: 'running',
  progress: 40,
  details: '',
  initiator: 'admin',
  queuedAt: '2026-01-01T00:00:00.000Z',
  startedAt: '2026-01-01T00:00:03.000Z',
  completedAt: null,
  server: 'vcenter',
  error: null,
  ...over,
});

describe('queuedFor', () => {
  it('when a task waited 3 s before starting, then it reads "3 s"', () => {
    expect(queuedFor(task({}))).toBe('3 s');
  });

  it('when a task has not started, then it reads "—"', () => {
    expect(queuedFor(task({ startedAt: null }))).toBe('—');
  });
});

describe('statusText', () => {
  it.each([
    ['queued', 'Queued'],
    ['running', 'Running 40%'],
    ['success', 'Completed'],
    ['error', 'Failed'],
  ] as const)('when the state is %s, then the status reads %s', (state, text) => {
    expect(statusText(task({ state }))).toBe(text);
  });
});
