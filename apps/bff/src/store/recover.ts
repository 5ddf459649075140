import type { EventBody, Store, StoredCommand } from './types';

/** Rebuilds the state from a snapshot (null when none) and the commands logged after it. */
export type Replay<C, S> = (snapshotState: S | null, commands: StoredCommand<C>[]) => S;

/** Where the twin resumes after a restart. */
export interface Recovered<S> {
  state: S;
  /** The last command applied; the next append gets `seq + 1`. */
  seq: number;
  /** Virtual time of that command (or of the snapshot when no command followed it). */
  atMs: number;
  /** The last event id in the log, so the hub and SSE clients continue from it. */
  lastEventId: number;
}

/**
 * Loads the latest snapshot and replays the commands after it; used once at start-up.
 *
 * @example
 * const { state } = recover(store, (snap, commands) =>
 *   commands.reduce((s, c) => step(s, c.command, ctxAt(c.atMs)).state, snap ?? initialState()));
 */
export function recover<C, S, E extends EventBody>(store: Store<C, S, E>, replay: Replay<C, S>): Recovered<S> {
  const snapshot = store.latestSnapshot();
  const commands = store.commandsAfter(snapshot?.seq ?? 0);
  const state = replay(snapshot?.state ?? null, commands);
  const last = commands.at(-1);
  return {
    state,
    seq: last?.seq ?? snapshot?.seq ?? 0,
    atMs: last?.atMs ?? snapshot?.atMs ?? 0,
    lastEventId: store.latestEventId(),
  };
}
