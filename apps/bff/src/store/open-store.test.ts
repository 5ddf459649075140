import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { openStore } from './open-store';
import { createTempDir } from './temp-dir';
import type { EventBody, Store } from './types';

type TestEvent = EventBody & { n?: number };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function getTestContext(): { dir: string; open: () => Store<unknown, unknown, TestEvent> } {
  const { dir, remove } = createTempDir();
  const opened: Store<unknown, unknown, TestEvent>[] = [];
  cleanups.push(() => {
    opened.forEach((store) => store.close());
    remove();
  });
  const open = (): Store<unknown, unknown, TestEvent> => {
    const store = openStore<unknown, unknown, TestEvent>(dir, { durability: 'NORMAL', keepSnapshots: 2 });
    opened.push(store);
    return store;
  };
  return { dir, open };
}

describe('openStore: the command and event log', () => {
  it('when commands are appended, then seqs and event ids are contiguous and eventsAfter pages them in order', () => {
    const { open } = getTestContext();
    const store = open();

    const first = store.appendCommand({ op: 'a' }, [{ type: 'x' }, { type: 'y' }], 10);
    const second = store.appendCommand({ op: 'b' }, [], 20);
    const third = store.appendCommand({ op: 'c' }, [{ type: 'z', n: 3 }], 30);

    expect([first.seq, second.seq, third.seq]).toStrictEqual([1, 2, 3]);
    expect(third.events).toStrictEqual([{ id: 3, seq: 3, atMs: 30, event: { type: 'z', n: 3 } }]);
    expect(store.eventsAfter(0, 2).map((e) => [e.id, e.seq, e.event.type])).toStrictEqual([
      [1, 1, 'x'],
      [2, 1, 'y'],
    ]);
    expect(store.eventsAfter(2, 100).map((e) => e.id)).toStrictEqual([3]);
    expect(store.latestEventId()).toBe(3);
    expect(store.commandsAfter(1)).toStrictEqual([
      { seq: 2, atMs: 20, command: { op: 'b' } },
      { seq: 3, atMs: 30, command: { op: 'c' } },
    ]);
    expect(store.commandsAfter(0, 1).map((c) => c.seq)).toStrictEqual([1]);
  });

  it('when any batch of commands is appended, then event ids are 1..n with no gap and each points at its command', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 }), { maxLength: 25 }), (eventCounts) => {
        const { open } = getTestContext();
        const store = open();

        eventCounts.forEach((count, index) =>
          store.appendCommand(
            { index },
            Array.from({ length: count }, () => ({ type: 't' })),
            index,
          ),
        );

        const events = store.eventsAfter(0, 1000);
        const expectedSeqs = eventCounts.flatMap((count, index) => Array<number>(count).fill(index + 1));
        expect(events.map((e) => e.id)).toStrictEqual(expectedSeqs.map((_, i) => i + 1));
        expect(events.map((e) => e.seq)).toStrictEqual(expectedSeqs);
        store.close();
      }),
      { numRuns: 30 },
    );
  });

  it('when an event insert fails inside the transaction, then the command row is rolled back with it', () => {
    const { dir, open } = getTestContext();
    const store = open();
    store.appendCommand({ op: 'ok' }, [{ type: 'x' }], 1);
    const saboteur = new BetterSqlite3(`${dir}/harborview.db`);
    saboteur.exec(
      "CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.type = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
    );
    saboteur.close();

    const act = (): unknown => store.appendCommand({ op: 'bad' }, [{ type: 'fine' }, { type: 'boom' }], 2);

    expect(act).toThrow(/boom/);
    expect(store.latestSeq()).toBe(1);
    expect(store.latestEventId()).toBe(1);
    expect(store.appendCommand({ op: 'next' }, [{ type: 'y' }], 3)).toMatchObject({ seq: 2, events: [{ id: 2 }] });
  });

  it.each([
    ['an event has no type', () => [{ n: 1 }], 1],
    ['an event type spans lines', () => [{ type: 'a\ndata: forged' }], 1],
    ['atMs is fractional', () => [{ type: 'x' }], 1.5],
    ['an event cannot be serialized', () => [{ type: 'x', n: 1n }], 1],
  ])('when %s, then the append is refused and nothing is written', (_, events, atMs) => {
    const { open } = getTestContext();
    const store = open();

    const act = (): unknown => store.appendCommand({}, events() as TestEvent[], atMs);

    expect(act).toThrow(expect.objectContaining({ name: 'StoreError', code: 'invalid_input' }));
    expect(store.latestSeq()).toBe(0);
  });

  it('when the store is reopened, then the log is intact and the next append continues its seq and ids', () => {
    const { open } = getTestContext();
    const before = open();
    before.appendCommand({ op: 'a' }, [{ type: 'x' }, { type: 'y' }], 5);
    before.setMeta('seed', '42');
    before.close();

    const after = open();
    const next = after.appendCommand({ op: 'b' }, [{ type: 'z' }], 6);

    expect(next).toMatchObject({ seq: 2, events: [{ id: 3 }] });
    expect(after.eventsAfter(0, 10).map((e) => e.event.type)).toStrictEqual(['x', 'y', 'z']);
    expect(after.getMeta('seed')).toBe('42');
    expect(after.getMeta('missing')).toBeUndefined();
  });
});

describe('openStore: snapshots', () => {
  it('when more snapshots than keepSnapshots are saved, then only the newest remain', () => {
    const { dir, open } = getTestContext();
    const store = open();
    for (let i = 1; i <= 4; i++) store.appendCommand({ i }, [], i * 100);

    [0, 1, 2, 3, 4].forEach((seq) => store.saveSnapshot(seq, { upTo: seq }));

    expect(store.latestSnapshot()).toStrictEqual({ seq: 4, atMs: 400, state: { upTo: 4 } });
    const reader = new BetterSqlite3(`${dir}/harborview.db`, { readonly: true });
    const seqs = reader.prepare('SELECT seq FROM snapshots ORDER BY seq').pluck().all();
    reader.close();
    expect(seqs).toStrictEqual([3, 4]);
  });

  it('when a snapshot names a seq past the last command, then it is refused', () => {
    const { open } = getTestContext();
    const store = open();
    store.appendCommand({}, [], 1);

    const act = (): void => store.saveSnapshot(2, {});

    expect(act).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(store.latestSnapshot()).toBeNull();
  });

  it('when a snapshot is saved at seq 0 with an explicit time, then that time is kept', () => {
    const { open } = getTestContext();
    const store = open();

    store.saveSnapshot(0, { initial: true }, 1_000);

    expect(store.latestSnapshot()).toStrictEqual({ seq: 0, atMs: 1_000, state: { initial: true } });
  });
});
