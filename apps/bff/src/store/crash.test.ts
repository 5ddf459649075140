import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { openStore } from './open-store';
import { recover } from './recover';
import { createTempDir } from './temp-dir';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const BFF_DIR = path.resolve(path.dirname(WRITER), '..', '..');
const CHILD_TIMEOUT_MS = 20_000;
const ROUNDS = 3;

interface Ack {
  seq: number;
  lastEventId: number;
}

const removals: (() => void)[] = [];
afterEach(() => removals.splice(0).forEach((remove) => remove()));

/** Starts the writer, SIGKILLs it once it has acknowledged `killAfterAcks` appends, and returns every ack it printed. */
function runWriterUntilKilled(dataDir: string, killAfterAcks: number): Promise<{ acks: Ack[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
      cwd: BFF_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer did not reach ${killAfterAcks} acks in time: ${stderr}`));
    }, CHILD_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, seq, lastEventId] = line.split(' ');
      if (word !== 'ack') return;
      acks.push({ seq: Number(seq), lastEventId: Number(lastEventId) });
      // The signal lands wherever the writer's loop happens to be: mid-transaction, mid-fsync or between appends.
      if (acks.length === killAfterAcks) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      resolve({ acks, signal });
    });
  });
}

describe('store durability under SIGKILL', () => {
  it(
    'when the writer is killed at random points, then every acknowledged append survives and ids stay contiguous',
    async () => {
      const { dir, remove } = createTempDir();
      removals.push(remove);
      const acked: Ack[] = [];

      for (let round = 1; round <= ROUNDS; round++) {
        const killAfterAcks = 1 + Math.floor(Math.random() * 300);
        const { acks, signal } = await runWriterUntilKilled(dir, killAfterAcks);
        acked.push(...acks);
        const store = openStore(dir);
        const latestSeq = store.latestSeq();
        const commands = store.commandsAfter(0);
        const events = store.eventsAfter(0, 1_000_000);
        const recovered = recover(store, (snapshot, later) => ({ snapshot, replayed: later.length }));
        store.close();

        const context = `round ${round}, killed after ${killAfterAcks} acks`;
        expect(signal, context).toBe('SIGKILL');
        expect(
          commands.map((c) => c.seq),
          context,
        ).toStrictEqual(Array.from({ length: latestSeq }, (_, i) => i + 1));
        expect(latestSeq, context).toBeGreaterThanOrEqual(acked.at(-1)?.seq ?? 0);
        expect(
          events.map((e) => e.id),
          context,
        ).toStrictEqual(events.map((_, i) => i + 1));
        for (const ack of acked) {
          expect(events[ack.lastEventId - 1]?.seq, `${context}: ack ${ack.seq}`).toBe(ack.seq);
        }
        // No command kept only some of its events: the writer gives seq s exactly (s % 3) + 1.
        const perSeq = new Map<number, number>();
        events.forEach((e) => perSeq.set(e.seq, (perSeq.get(e.seq) ?? 0) + 1));
        expect([...perSeq.entries()], context).toStrictEqual(commands.map((c) => [c.seq, (c.seq % 3) + 1]));
        expect(recovered.seq, context).toBe(latestSeq);
      }
    },
    ROUNDS * CHILD_TIMEOUT_MS,
  );
});
