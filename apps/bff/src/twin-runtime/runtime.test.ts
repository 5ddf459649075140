import type { StreamMessage } from '@harborview/contracts/stream';
import { afterEach, describe, expect, it } from 'vitest';

import { EventHub } from '../sse/event-hub';
import { openStore } from '../store/open-store';
import { createTempDir } from '../store/temp-dir';

import type { RuntimeEngine } from './runtime';
import { createRuntime } from './runtime';

// A toy engine: a counter that refuses negative additions, so the runtime's bookkeeping is tested on its own.
type Counter = { total: number; at: number };
type Add = { n: number };
const engine: RuntimeEngine<Counter, Add, boolean> = {
  initial: () => ({ total: 0, at: 0 }),
  apply(state, { n }) {
    if (n < 0) return { state, messages: [], result: false, changed: false };
    const next = { total: state.total + n, at: state.at + 1 };
    const message: StreamMessage = { type: 'changed', kinds: ['clock'], at: new Date(next.at * 1000).toISOString() };
    return { state: next, messages: [message], result: true, changed: true };
  },
};

const temps: (() => void)[] = [];
afterEach(() => temps.splice(0).forEach((remove) => remove()));

/** A fresh DATA_DIR, removed after the test. */
function tempDir(): string {
  const { dir, remove } = createTempDir();
  temps.push(remove);
  return dir;
}

function open(dir: string) {
  const store = openStore<Add, Counter, StreamMessage>(dir, { durability: 'NORMAL' });
  const hub = new EventHub();
  const runtime = createRuntime({
    store,
    hub,
    engine,
    timeOf: (s) => s.at * 1000,
    snapshotEvery: 3,
    log: () => undefined,
  });
  return { store, hub, runtime };
}

describe('createRuntime', () => {
  it('when commands are applied and the store is reopened, then the same state and event ids come back', async () => {
    const dir = tempDir();
    const first = open(dir);
    for (const n of [1, 2, 3, 4, 5]) await first.runtime.dispatch({ n });
    const before = { state: first.runtime.state(), lastEventId: first.runtime.lastEventId() };
    first.store.close();

    const second = open(dir);

    expect(second.runtime.state()).toStrictEqual({ total: 15, at: 5 });
    expect({ state: second.runtime.state(), lastEventId: second.runtime.lastEventId() }).toStrictEqual(before);
    second.store.close();
  });

  it('when a command is refused, then nothing is logged and no event is published', async () => {
    const { store, hub, runtime } = open(tempDir());
    const published: number[] = [];
    hub.subscribe((batch) => batch.forEach((e) => published.push(e.id)));

    const accepted = await runtime.dispatch({ n: 1 });
    const refused = await runtime.dispatch({ n: -1 });

    expect([accepted, refused]).toStrictEqual([true, false]);
    expect(store.latestSeq()).toBe(1);
    expect(published).toStrictEqual([1]);
    store.close();
  });

  it('when more commands than the snapshot interval are logged, then a snapshot holds the state at that seq', async () => {
    const { store, runtime } = open(tempDir());

    for (const n of [1, 1, 1, 1]) await runtime.dispatch({ n });

    expect(store.latestSnapshot()).toMatchObject({ seq: 3, state: { total: 3, at: 3 } });
    store.close();
  });

  it('when listeners are registered, then each logged command reaches them with the new state', async () => {
    const { store, runtime } = open(tempDir());
    const seen: number[] = [];
    runtime.onCommitted((s) => seen.push(s.total));

    await runtime.dispatch({ n: 2 });
    await runtime.dispatch({ n: -5 });
    await runtime.dispatch({ n: 3 });

    expect(seen).toStrictEqual([2, 5]);
    store.close();
  });

  it('when news that no command produced is announced, then it is logged and published after the commits', async () => {
    const { store, hub, runtime } = open(tempDir());
    const published: number[] = [];
    hub.subscribe((batch) => batch.forEach((e) => published.push(e.id)));
    const news: StreamMessage = { type: 'changed', kinds: ['drills'], at: '1970-01-01T00:00:02.000Z' };

    runtime.announce([news]); // before any command: nothing to file it under, and nobody can follow a drill yet
    await runtime.dispatch({ n: 2 });
    runtime.announce([news]);
    await runtime.dispatch({ n: 3 });

    expect(published).toStrictEqual([1, 2, 3]);
    expect(
      store.eventsAfter(0, 10).map((e) => [e.id, e.seq, e.event.type === 'changed' && e.event.kinds]),
    ).toStrictEqual([
      [1, 1, ['clock']],
      [2, 1, ['drills']],
      [3, 2, ['clock']],
    ]);
    expect(store.latestSeq()).toBe(2);
    store.close();
  });
});
