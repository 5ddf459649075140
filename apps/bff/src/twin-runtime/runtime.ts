import type { StreamMessage } from '@harborview/contracts/stream';

import type { EventHub } from '../sse/event-hub';
import { recover } from '../store/recover';
import type { Store } from '../store/types';

/** What the runtime needs from an engine: pure steps over plain state. */
export interface RuntimeEngine<S, C, R> {
  initial(): S;
  /** Applies one command. `changed` false means nothing happened (a refused command): it is not logged. */
  apply(state: S, command: C): { state: S; messages: StreamMessage[]; result: R; changed: boolean };
}

export interface Runtime<S, C, R> {
  state(): S;
  /** Applies commands one at a time, in order; a logged command is durable before its promise resolves. */
  dispatch(command: C): Promise<R>;
  /** Called after every logged command with the new state (the registry reconciler listens here). */
  onCommitted(listener: (state: S) => void): () => void;
  /**
   * Logs and publishes messages no command produced (a drill's verdict, reached in wall time), after everything
   * committed so far. Synchronous like a commit, so it cannot land between a command and its messages.
   */
  announce(messages: readonly StreamMessage[]): void;
  lastEventId(): number;
}

export interface RuntimeOptions<S, C, R> {
  store: Store<C, S, StreamMessage>;
  hub: EventHub;
  engine: RuntimeEngine<S, C, R>;
  /** Virtual time of a state in ms since the epoch, stamped on each command row. */
  timeOf: (state: S) => number;
  snapshotEvery?: number;
  /** Commands after which a snapshot is saved at once (a reset's state is costly to rebuild by replay). */
  snapshotAfter?: (command: C) => boolean;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

const DEFAULT_SNAPSHOT_EVERY = 200;

/**
 * The twin on the wire: recovers the state from the latest snapshot plus the commands after it, then logs every
 * command with the messages it produced in one SQLite transaction before publishing them to live streams.
 * Killing the process at any moment loses nothing that was acknowledged.
 */
export function createRuntime<S, C, R>(options: RuntimeOptions<S, C, R>): Runtime<S, C, R> {
  const { store, hub, engine, timeOf, log } = options;
  const snapshotEvery = options.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
  const listeners = new Set<(state: S) => void>();

  const recovered = recover<C, S, StreamMessage>(store, (snapshot, commands) =>
    commands.reduce((state, row) => engine.apply(state, row.command).state, snapshot ?? engine.initial()),
  );
  let state = recovered.state;
  let sinceSnapshot = recovered.seq - (store.latestSnapshot()?.seq ?? 0);
  if (!store.latestSnapshot()) store.saveSnapshot(0, state, timeOf(state));
  log('twin recovered', { seq: recovered.seq, lastEventId: recovered.lastEventId });

  let queue: Promise<unknown> = Promise.resolve();

  function applyNow(command: C): R {
    const outcome = engine.apply(state, command);
    if (!outcome.changed) return outcome.result;
    const { seq, events } = store.appendCommand(command, outcome.messages, timeOf(outcome.state));
    state = outcome.state;
    sinceSnapshot += 1;
    if (sinceSnapshot >= snapshotEvery || options.snapshotAfter?.(command)) {
      store.saveSnapshot(seq, state, timeOf(state));
      sinceSnapshot = 0;
    }
    if (events.length) hub.publish(events);
    for (const listener of listeners) listener(state);
    return outcome.result;
  }

  return {
    state: () => state,
    dispatch(command) {
      const run = queue.then(() => applyNow(command));
      queue = run.catch(() => undefined);
      return run;
    },
    onCommitted(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce(messages) {
      const events = store.appendEvents(messages, timeOf(state));
      if (events.length) hub.publish(events);
    },
    lastEventId: () => store.latestEventId(),
  };
}
