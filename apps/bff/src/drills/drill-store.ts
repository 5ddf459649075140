import { gunzipSync, gzipSync } from 'node:zlib';

import type { TwinState } from '@harborview/twin/engine';
import type { Database } from 'better-sqlite3';

import { openDatabase } from '../store/open-database';
import type { Durability } from '../store/types';

import type { DrillRecord } from './drill-types';

/** Every drill, with the twin state it started from (so it can be replayed and resumed after a restart). */
export interface DrillStore {
  nextId(): string;
  insert(record: DrillRecord, startState: TwinState): void;
  update(record: DrillRecord): void;
  remove(id: string): void;
  get(id: string): DrillRecord | undefined;
  /** Newest first. */
  list(): DrillRecord[];
  startState(id: string): TwinState | undefined;
  close(): void;
}

// The drills live in the twin's own database file (its own table, created here), so one DATA_DIR holds everything
// and a drill's record is as durable as the command log it points into. The start state is gzipped JSON: a
// 10,000-volume state is tens of MB as text and a tenth of that compressed.
const CREATE = `
  CREATE TABLE IF NOT EXISTS drills (
    id TEXT PRIMARY KEY,
    n INTEGER NOT NULL UNIQUE,
    record TEXT NOT NULL CHECK (json_valid(record)),
    start_state BLOB NOT NULL
  ) STRICT`;

const ID_PREFIX = 'drill-';

/** Opens (creating if needed) the drills table in the store's database file. */
export function openDrillStore(file: string, durability: Durability): DrillStore {
  const db: Database = openDatabase(file, durability);
  db.exec(CREATE);
  const maxN = db.prepare<[], number | null>('SELECT MAX(n) FROM drills').pluck();
  const insert = db.prepare('INSERT INTO drills (id, n, record, start_state) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE drills SET record = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM drills WHERE id = ?');
  const selectOne = db.prepare<[string], string>('SELECT record FROM drills WHERE id = ?').pluck();
  const selectAll = db.prepare<[], string>('SELECT record FROM drills ORDER BY n DESC').pluck();
  const selectState = db.prepare<[string], Buffer>('SELECT start_state FROM drills WHERE id = ?').pluck();
  const parse = (text: string): DrillRecord => JSON.parse(text) as DrillRecord;

  return {
    nextId: () => `${ID_PREFIX}${(maxN.get() ?? 0) + 1}`,
    insert(record, startState) {
      const n = Number(record.id.slice(ID_PREFIX.length));
      insert.run(record.id, n, JSON.stringify(record), gzipSync(JSON.stringify(startState)));
    },
    update(record) {
      update.run(JSON.stringify(record), record.id);
    },
    remove(id) {
      remove.run(id);
    },
    get(id) {
      const text = selectOne.get(id);
      return text === undefined ? undefined : parse(text);
    },
    list: () => selectAll.all().map(parse),
    startState(id) {
      const blob = selectState.get(id);
      return blob === undefined ? undefined : (JSON.parse(gunzipSync(blob).toString('utf8')) as TwinState);
    },
    close() {
      if (db.open) db.close();
    },
  };
}
