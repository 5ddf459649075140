import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

import { openStore } from './open-store';
import { createTempDir } from './temp-dir';

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

function getTestContext(): { dir: string; file: string } {
  const { dir, remove } = createTempDir();
  removals.push(remove);
  return { dir, file: path.join(dir, 'harborview.db') };
}

function withSqlite(file: string, work: (db: BetterSqlite3.Database) => void): void {
  const db = new BetterSqlite3(file);
  try {
    work(db);
  } finally {
    db.close();
  }
}

function populate(dir: string, commands: number): void {
  const store = openStore(dir, { durability: 'NORMAL' });
  for (let i = 1; i <= commands; i++) store.appendCommand({ i, pad: 'p'.repeat(200) }, [{ type: 'x' }], i);
  store.close();
}

describe('openStore: refusing files it must not touch', () => {
  it('when the file is not SQLite at all, then a corrupt error names it and the bytes are left as they were', () => {
    const { dir, file } = getTestContext();
    const garbage = Buffer.from('this is not a database, it is a shopping list\n'.repeat(200));
    writeFileSync(file, garbage);

    const act = (): unknown => openStore(dir);

    expect(act).toThrow(expect.objectContaining({ name: 'StoreError', code: 'corrupt' }));
    expect(act).toThrow(file);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('when the file is another program’s SQLite database, then it is refused as incompatible and not migrated', () => {
    const { dir, file } = getTestContext();
    withSqlite(file, (db) => db.exec("CREATE TABLE customers (name TEXT); INSERT INTO customers VALUES ('ada')"));

    const act = (): unknown => openStore(dir);

    expect(act).toThrow(expect.objectContaining({ code: 'incompatible' }));
    withSqlite(file, (db) => {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toStrictEqual([
        'customers',
      ]);
    });
  });

  it('when the file was written by a newer schema, then it is refused as incompatible and its data kept', () => {
    const { dir, file } = getTestContext();
    populate(dir, 3);
    withSqlite(file, (db) => db.prepare("INSERT INTO schema_migrations VALUES (99, 'future')").run());

    const act = (): unknown => openStore(dir);

    expect(act).toThrow(/schema version 99/);
    withSqlite(file, (db) => expect(db.prepare('SELECT COUNT(*) FROM commands').pluck().get()).toBe(3));
  });

  it('when a page inside the file is damaged, then a corrupt error is raised instead of serving bad data', () => {
    const { dir, file } = getTestContext();
    populate(dir, 400);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Page 4 is a b-tree page of the commands table by now; scribbling on its header breaks it.
    bytes.fill(0xff, pageSize * 3, pageSize * 3 + 64);
    writeFileSync(file, bytes);

    const act = (): unknown => openStore(dir);

    expect(act).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });

  it('when a fresh directory is opened, then the file is tagged, in WAL mode, and at the current schema', () => {
    const { dir, file } = getTestContext();

    openStore(dir).close();

    withSqlite(file, (db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('application_id', { simple: true })).toBe(0x48425657);
      expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(1);
    });
  });
});
