import { afterEach, describe, expect, it } from 'vitest';

import { openStore } from './open-store';
import type { Replay } from './recover';
import { recover } from './recover';
import { createTempDir } from './temp-dir';
import type { Store } from './types';

interface Counter {
  total: number;
}
type AddCommand = { add: number };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function getTestContext(): Store<AddCommand, Counter> {
  const { dir, remove } = createTempDir();
  const store = openStore<AddCommand, Counter>(dir, { durability: 'NORMAL' });
  cleanups.push(() => {
    store.close();
    remove();
  });
  return store;
}

const sum: Replay<AddCommand, Counter> = (snapshot, commands) =>
  commands.reduce((state, { command }) => ({ total: state.total + command.add }), snapshot ?? { total: 0 });

describe('recover', () => {
  it('when there is no snapshot, then every command is replayed from the initial state', () => {
    const store = getTestContext();
    [1, 2, 3].forEach((add, i) => store.appendCommand({ add }, [{ type: 'added' }], (i + 1) * 10));

    const recovered = recover(store, sum);

    expect(recovered).toStrictEqual({ state: { total: 6 }, seq: 3, atMs: 30, lastEventId: 3 });
  });

  it('when a snapshot exists, then replay starts from it with only the later commands', () => {
    const store = getTestContext();
    [1, 2].forEach((add, i) => store.appendCommand({ add }, [], (i + 1) * 10));
    store.saveSnapshot(2, { total: 3 });
    store.appendCommand({ add: 10 }, [{ type: 'added' }], 30);
    const seen: { snapshot: Counter | null; seqs: number[] }[] = [];

    const recovered = recover(store, (snapshot, commands) => {
      seen.push({ snapshot, seqs: commands.map((c) => c.seq) });
      return sum(snapshot, commands);
    });

    expect(seen).toStrictEqual([{ snapshot: { total: 3 }, seqs: [3] }]);
    expect(recovered).toStrictEqual({ state: { total: 13 }, seq: 3, atMs: 30, lastEventId: 1 });
  });

  it('when the snapshot is the last thing written, then seq and virtual time come from the snapshot', () => {
    const store = getTestContext();
    store.saveSnapshot(0, { total: 5 }, 7_000);

    const recovered = recover(store, sum);

    expect(recovered).toStrictEqual({ state: { total: 5 }, seq: 0, atMs: 7_000, lastEventId: 0 });
  });

  it('when the log is empty, then replay gets null and no commands', () => {
    const store = getTestContext();

    const recovered = recover(store, (snapshot, commands) => ({ total: snapshot === null ? commands.length : -1 }));

    expect(recovered).toStrictEqual({ state: { total: 0 }, seq: 0, atMs: 0, lastEventId: 0 });
  });
});
