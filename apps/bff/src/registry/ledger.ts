import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

const DigestSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const LedgerBlobSchema = z.object({
  digest: DigestSchema,
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
});
export type LedgerBlob = z.infer<typeof LedgerBlobSchema>;

/** One pushed image: what verify later fetches back and re-hashes. */
export const LedgerEntrySchema = z.object({
  /** `<repository>:<tag>`, e.g. `library/demo-1:1.0`; unique in a ledger. */
  ref: z.string(),
  repository: z.string(),
  tag: z.string(),
  manifestDigest: DigestSchema,
  /** Config and layers; the manifest itself is checked through `manifestDigest`. */
  blobs: z.array(LedgerBlobSchema),
  /** ISO time from the caller's clock (the twin's, in the console). */
  pushedAt: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

export const LedgerSchema = z.object({ version: z.literal(1), images: z.array(LedgerEntrySchema) });
export type Ledger = z.infer<typeof LedgerSchema>;

/** File name of the ledger inside the directory given to load/save. */
export const LEDGER_FILE = 'registry-ledger.json';

/** A ledger with nothing pushed yet. */
export function emptyLedger(): Ledger {
  return { version: 1, images: [] };
}

/** Returns a new ledger with the entry added, replacing any earlier push of the same ref (a re-tag moves it). */
export function recordImage(ledger: Ledger, entry: LedgerEntry): Ledger {
  return { ...ledger, images: [...ledger.images.filter((image) => image.ref !== entry.ref), entry] };
}

/** Reads the ledger from `<dir>/registry-ledger.json`; a missing file is an empty ledger, a malformed one throws. */
export async function loadLedger(dir: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(path.join(dir, LEDGER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw error;
  }
  return LedgerSchema.parse(JSON.parse(text));
}

/**
 * Writes the ledger atomically: temp file, fsync, rename, fsync of the directory. A BFF killed mid-save leaves
 * either the old or the new ledger, never a torn one.
 */
export async function saveLedger(dir: string, ledger: Ledger): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, LEDGER_FILE);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const file = await open(temp, 'w');
    try {
      await file.writeFile(`${JSON.stringify(LedgerSchema.parse(ledger), null, 2)}\n`);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const folder = await open(dir, 'r');
  try {
    await folder.sync(); // makes the rename itself durable
  } finally {
    await folder.close();
  }
}
