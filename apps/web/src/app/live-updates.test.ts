import type { TwinEvent } from '@harborview/contracts/events';
import type { Task, TaskList } from '@harborview/contracts/tasks';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { eventKeys } from '../features/events/api';
import { drillKeys } from '../features/failover/api';
import { objectKeys } from '../features/objects/api';
import { setupKeys } from '../features/setup/api';
import { taskKeys } from '../features/tasks/api';
import { FakeEventSource } from '../test/fake-event-source';

import { startLiveUpdates, upsertTask } from './live-updates';

const task = (id: string, state: Task['state'] = 'running'): Task => ({
  id,
  name: 'Power Off host',
  target: { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' },
  state,
  progress: 50,
  details: '',
  initiator: 'operator',
  queuedAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  completedAt: null,
  server: 'vcenter',
  error: null,
});

const twinEvent: TwinEvent = {
  id: 1,
  time: '2026-01-01T00:00:00.000Z',
  severity: 'warning',
  typeId: 'esx.problem.host.powerOff',
  message: 'Host 10.162.102.130 is powered off',
  objects: [],
};

describe('upsertTask', () => {
  it('when a task is new, then it goes first', () => {
    expect(upsertTask({ items: [task('a')] }, task('b'))?.items.map((t) => t.id)).toStrictEqual(['b', 'a']);
  });

  it('when a task changes, then it is replaced where it stands', () => {
    const next = upsertTask({ items: [task('b'), task('a')] }, task('a', 'success'));

    expect(next?.items.map((t) => [t.id, t.state])).toStrictEqual([
      ['b', 'running'],
      ['a', 'success'],
    ]);
  });
});

describe('openStream through startLiveUpdates', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('when the server closes the stream for good, then a new one is opened after a back-off', async () => {
    vi.useFakeTimers();
    const stop = startLiveUpdates(new QueryClient());
    const first = FakeEventSource.last!;

    first.readyState = FakeEventSource.CLOSED;
    first.onerror?.();
    await vi.advanceTimersByTimeAsync(1_100);

    expect(FakeEventSource.last).not.toBe(first);
    stop();
  });
});

describe('startLiveUpdates', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));
  afterEach(() => vi.unstubAllGlobals());

  it('when a task frame arrives, then Recent Tasks in the cache has it without a refetch', () => {
    const client = new QueryClient();
    client.setQueryData<TaskList>(taskKeys.recent(), { items: [] });
    const stop = startLiveUpdates(client);

    FakeEventSource.last?.emit('task', { type: 'task', task: task('t-1') }, 7);

    expect(client.getQueryData<TaskList>(taskKeys.recent())?.items.map((t) => t.id)).toStrictEqual(['t-1']);
    stop();
    expect(FakeEventSource.last?.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('when a changed frame names hosts, then the host queries become stale', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    client.setQueryData(objectKeys.hosts(), { items: [] });
    const stop = startLiveUpdates(client);

    FakeEventSource.last?.emit('changed', { type: 'changed', kinds: ['hosts'], at: '2026-01-01T00:00:00.000Z' }, 8);
    await vi.advanceTimersByTimeAsync(150);

    expect(client.getQueryState(objectKeys.hosts())?.isInvalidated).toBe(true);
    stop();
    vi.useRealTimers();
  });

  it('when changed frames name setup and drills, then the checklist and the open drill become stale, nothing else', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    for (const key of [setupKeys.state(), drillKeys.detail('drill-1'), drillKeys.replay('drill-1'), objectKeys.hosts()])
      client.setQueryData(key, {});
    const stop = startLiveUpdates(client);

    FakeEventSource.last?.emit('changed', { type: 'changed', kinds: ['setup'], at: '2026-01-01T00:00:00.000Z' }, 8);
    FakeEventSource.last?.emit('changed', { type: 'changed', kinds: ['drills'], at: '2026-01-01T00:00:00.000Z' }, 9);
    await vi.advanceTimersByTimeAsync(150);

    const invalidated = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect([setupKeys.state(), drillKeys.detail('drill-1')].map(invalidated)).toStrictEqual([true, true]);
    expect([drillKeys.replay('drill-1'), objectKeys.hosts()].map(invalidated)).toStrictEqual([false, false]);
    stop();
    vi.useRealTimers();
  });

  it('when a twin event arrives, then Monitor > Events and the alarms become stale', async () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    client.setQueryData(eventKeys.list(null), []);
    client.setQueryData(taskKeys.alarms(), { items: [] });
    const stop = startLiveUpdates(client);

    FakeEventSource.last?.emit('twin.event', { type: 'twin.event', event: twinEvent }, 10);
    await vi.advanceTimersByTimeAsync(150);

    expect(client.getQueryState(eventKeys.list(null))?.isInvalidated).toBe(true);
    expect(client.getQueryState(taskKeys.alarms())?.isInvalidated).toBe(true);
    stop();
    vi.useRealTimers();
  });

  it('when a frame is malformed, then it is dropped and the cache is untouched', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const client = new QueryClient();
    client.setQueryData<TaskList>(taskKeys.recent(), { items: [] });
    const stop = startLiveUpdates(client);

    FakeEventSource.last?.emit('task', { type: 'task', task: { id: 1 } }, 9);

    expect(client.getQueryData<TaskList>(taskKeys.recent())?.items).toStrictEqual([]);
    expect(warn).toHaveBeenCalled();
    stop();
  });
});
