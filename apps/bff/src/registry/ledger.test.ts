import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { LedgerEntry } from './ledger';
import { emptyLedger, LEDGER_FILE, loadLedger, recordImage, saveLedger } from './ledger';
import { makeTempDir } from './registry-test-kit';

const entry = (ref: string, hexDigit: string): LedgerEntry => {
  const [repository = '', tag = ''] = ref.split(':');
  return {
    ref,
    repository,
    tag,
    manifestDigest: `sha256:${hexDigit.repeat(64)}`,
    blobs: [{ digest: `sha256:${'e'.repeat(64)}`, size: 10, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
    pushedAt: '2026-01-01T00:00:00.000Z',
  };
};

describe('ledger', () => {
  const cleanups: (() => Promise<void>)[] = [];
  const tempDir = async (): Promise<string> => {
    const { dir, cleanup } = await makeTempDir('ledger');
    cleanups.push(cleanup);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('when saved and loaded, then the same ledger comes back and no temp file is left', async () => {
    const dir = await tempDir();
    const ledger = recordImage(recordImage(emptyLedger(), entry('library/a:1', 'a')), entry('library/b:1', 'b'));

    await saveLedger(dir, ledger);
    const loaded = await loadLedger(dir);

    expect(loaded).toStrictEqual(ledger);
    expect(await readdir(dir)).toStrictEqual([LEDGER_FILE]);
  });

  it('when no ledger file exists, then loading gives an empty ledger', async () => {
    const dir = await tempDir();

    const loaded = await loadLedger(dir);

    expect(loaded).toStrictEqual(emptyLedger());
  });

  it('when the same ref is recorded again, then the newer entry replaces the older one', () => {
    const first = recordImage(emptyLedger(), entry('library/a:1', 'a'));

    const second = recordImage(first, entry('library/a:1', 'c'));

    expect(second.images).toStrictEqual([entry('library/a:1', 'c')]);
    expect(first.images).toStrictEqual([entry('library/a:1', 'a')]);
  });

  it('when the file holds something else, then loading throws rather than trusting it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, LEDGER_FILE), JSON.stringify({ version: 1, images: [{ ref: 'x' }] }));

    const loading = loadLedger(dir);

    await expect(loading).rejects.toThrow();
  });
});
