import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { openDatabase } from './open-database';
import { StoreError } from './store-error';
import type { EventBody, Store, StoredCommand, StoredEvent, StoredSnapshot, StoreOptions } from './types';

const DEFAULT_FILE_NAME = 'harborview.db';
const DEFAULT_KEEP_SNAPSHOTS = 3;
// SQLite reads LIMIT -1 as "no limit".
const NO_LIMIT = -1;

interface CommandRow {
  seq: number;
  at_ms: number;
  body: string;
}
interface EventRow extends CommandRow {
  id: number;
}
interface SnapshotRow {
  seq: number;
  at_ms: number;
  state: string;
}

function invalid(message: string): StoreError {
  return new StoreError('invalid_input', message);
}

function serialize(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new StoreError('invalid_input', `${what} is not JSON-serializable`, { cause: error });
  }
  if (typeof text !== 'string') throw invalid(`${what} is not JSON-serializable`);
  return text;
}

function requireCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw invalid(`${what} must be a non-negative integer, got ${value}`);
}

// The type becomes an SSE `event:` line, so a line break in it would forge frames.
function eventType(event: EventBody, index: number): string {
  const type = (event as Partial<EventBody> | null)?.type;
  if (typeof type !== 'string' || !/^[^\r\n]+$/.test(type)) {
    throw invalid(`event ${index} needs a one-line, non-empty string 'type'`);
  }
  return type;
}

/**
 * Opens the store in `dataDir` (created if missing), migrating it to the current schema.
 *
 * @example
 * const store = openStore<Command, State, TwinEvent>(config.dataDir);
 * const { events } = store.appendCommand(command, result.events, ctx.nowMs);
 * hub.publish(events);
 */
export function openStore<C = unknown, S = unknown, E extends EventBody = EventBody>(
  dataDir: string,
  options: StoreOptions = {},
): Store<C, S, E> {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, options.fileName ?? DEFAULT_FILE_NAME);
  const keepSnapshots = options.keepSnapshots ?? DEFAULT_KEEP_SNAPSHOTS;
  requireCount(keepSnapshots, 'keepSnapshots');
  const db = openDatabase(file, options.durability ?? 'FULL');

  const maxSeq = db.prepare<[], number | null>('SELECT MAX(seq) FROM commands').pluck();
  const maxEventId = db.prepare<[], number | null>('SELECT MAX(id) FROM events').pluck();
  const lastSeq = (): number => maxSeq.get() ?? 0;
  const lastEventId = (): number => maxEventId.get() ?? 0;
  const insertCommand = db.prepare('INSERT INTO commands (seq, at_ms, body) VALUES (?, ?, ?)');
  const insertEvent = db.prepare('INSERT INTO events (id, seq, type, at_ms, body) VALUES (?, ?, ?, ?, ?)');
  const selectEvents = db.prepare<[number, number], EventRow>(
    'SELECT id, seq, at_ms, body FROM events WHERE id > ? ORDER BY id LIMIT ?',
  );
  const selectCommands = db.prepare<[number, number], CommandRow>(
    'SELECT seq, at_ms, body FROM commands WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const commandAt = db.prepare<[number], { at_ms: number }>('SELECT at_ms FROM commands WHERE seq = ?');
  const upsertSnapshot = db.prepare('INSERT OR REPLACE INTO snapshots (seq, at_ms, state) VALUES (?, ?, ?)');
  const pruneSnapshots = db.prepare(
    'DELETE FROM snapshots WHERE seq NOT IN (SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?)',
  );
  const selectSnapshot = db.prepare<[], SnapshotRow>(
    'SELECT seq, at_ms, state FROM snapshots ORDER BY seq DESC LIMIT 1',
  );
  const selectMeta = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const upsertMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');

  // Seq and ids are read inside the write transaction, so they stay contiguous even if another process appends.
  const append = db.transaction((commandText: string, events: readonly E[], texts: string[], atMs: number) => {
    const seq = lastSeq() + 1;
    insertCommand.run(seq, atMs, commandText);
    let id = lastEventId();
    const stored = events.map((event, index): StoredEvent<E> => {
      id += 1;
      insertEvent.run(id, seq, event.type, atMs, texts[index]);
      return { id, seq, atMs, event };
    });
    return { seq, events: stored };
  });

  const appendToLastCommand = db.transaction((events: readonly E[], texts: string[], atMs: number) => {
    const seq = lastSeq();
    if (seq === 0) return [];
    let id = lastEventId();
    return events.map((event, index): StoredEvent<E> => {
      id += 1;
      insertEvent.run(id, seq, event.type, atMs, texts[index]);
      return { id, seq, atMs, event };
    });
  });

  const snapshot = db.transaction((seq: number, stateText: string, atMs: number | undefined) => {
    const latest = lastSeq();
    if (seq > latest) throw invalid(`cannot snapshot seq ${seq}: the last command is ${latest}`);
    const at = atMs ?? (seq === 0 ? 0 : (commandAt.get(seq)?.at_ms ?? 0));
    upsertSnapshot.run(seq, at, stateText);
    pruneSnapshots.run(keepSnapshots);
  });

  return {
    file,
    appendCommand(command, events, atMs) {
      requireCount(atMs, 'atMs');
      const commandText = serialize(command, 'the command');
      const texts = events.map((event, index) => {
        eventType(event, index);
        return serialize(event, `event ${index}`);
      });
      // IMMEDIATE takes the write lock up front, so the read of MAX(seq) cannot race another writer.
      return append.immediate(commandText, events, texts, atMs);
    },
    appendEvents(events, atMs) {
      requireCount(atMs, 'atMs');
      const texts = events.map((event, index) => {
        eventType(event, index);
        return serialize(event, `event ${index}`);
      });
      return appendToLastCommand.immediate(events, texts, atMs);
    },
    eventsAfter(afterId, limit) {
      requireCount(afterId, 'afterId');
      requireCount(limit, 'limit');
      return selectEvents.all(afterId, limit).map((row) => ({
        id: row.id,
        seq: row.seq,
        atMs: row.at_ms,
        event: JSON.parse(row.body) as E,
      }));
    },
    latestEventId: lastEventId,
    latestSeq: lastSeq,
    commandsAfter(afterSeq, limit) {
      requireCount(afterSeq, 'afterSeq');
      if (limit !== undefined) requireCount(limit, 'limit');
      return selectCommands
        .all(afterSeq, limit ?? NO_LIMIT)
        .map((row): StoredCommand<C> => ({ seq: row.seq, atMs: row.at_ms, command: JSON.parse(row.body) as C }));
    },
    saveSnapshot(seq, state, atMs) {
      requireCount(seq, 'seq');
      if (atMs !== undefined) requireCount(atMs, 'atMs');
      snapshot.immediate(seq, serialize(state, 'the state'), atMs);
    },
    latestSnapshot() {
      const row = selectSnapshot.get();
      if (!row) return null;
      return { seq: row.seq, atMs: row.at_ms, state: JSON.parse(row.state) as S } satisfies StoredSnapshot<S>;
    },
    getMeta: (key) => selectMeta.get(key)?.value,
    setMeta(key, value) {
      upsertMeta.run(key, value);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
