/** The one field the store reads from an event; everything else is opaque JSON from the twin. */
export interface EventBody {
  type: string;
}

/** A command row: the twin's input at `seq`, applied at virtual time `atMs`. */
export interface StoredCommand<C = unknown> {
  seq: number;
  atMs: number;
  command: C;
}

/** An event row: `id` is the SSE `id:` and the cursor for `/api/events?after=`. */
export interface StoredEvent<E extends EventBody = EventBody> {
  id: number;
  /** The command that produced it. */
  seq: number;
  atMs: number;
  event: E;
}

/** The twin's state after applying every command up to and including `seq`. */
export interface StoredSnapshot<S = unknown> {
  seq: number;
  atMs: number;
  state: S;
}

/** What `appendCommand` acknowledged: once it returns, a SIGKILL cannot lose it. */
export interface AppendResult<E extends EventBody = EventBody> {
  seq: number;
  events: StoredEvent<E>[];
}

/** SQLite `synchronous` level; `openDatabase` explains why FULL is the default. */
export type Durability = 'FULL' | 'NORMAL';

/** Tuning for `openStore`; the defaults suit the BFF. */
export interface StoreOptions {
  durability?: Durability;
  /** Snapshots kept after each `saveSnapshot`; older ones are deleted in the same transaction. */
  keepSnapshots?: number;
  /** File name inside the data directory. */
  fileName?: string;
}

/** The durable log behind the twin: commands, the events they produced, and snapshots of the state. */
export interface Store<C = unknown, S = unknown, E extends EventBody = EventBody> {
  /** The database file, for messages and tests. */
  readonly file: string;
  /** Writes the command and its events in one transaction; event ids continue from the last one. */
  appendCommand(command: C, events: readonly E[], atMs: number): AppendResult<E>;
  /**
   * Writes events that no command produced (news from outside the twin, such as a drill's verdict), filed under
   * the last command; ids continue from the last one. Returns [] and writes nothing while no command is logged.
   */
  appendEvents(events: readonly E[], atMs: number): StoredEvent<E>[];
  /** Events with an id greater than `afterId`, oldest first, at most `limit`. */
  eventsAfter(afterId: number, limit: number): StoredEvent<E>[];
  /** 0 when the log is empty. */
  latestEventId(): number;
  /** 0 when no command was ever appended. */
  latestSeq(): number;
  /** Commands with a seq greater than `afterSeq`, oldest first (at most `limit` when given). */
  commandsAfter(afterSeq: number, limit?: number): StoredCommand<C>[];
  /** Saves the state after command `seq` (0 = the initial state); `atMs` defaults to that command's time. */
  saveSnapshot(seq: number, state: S, atMs?: number): void;
  latestSnapshot(): StoredSnapshot<S> | null;
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  close(): void;
}
