// Run as a child process by crash.test.ts: `node --import tsx crash-writer.ts <dataDir>`.
// Appends commands as fast as it can and prints "ack <seq> <lastEventId>" only after appendCommand returned,
// so every printed line is a write the store acknowledged; the parent SIGKILLs it at a random moment.
import { openStore } from './open-store';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer.ts <dataDir>');

const store = openStore(dataDir);
// The event count is derived from seq so the parent can check no command kept only part of its events.
const eventsFor = (seq: number): { type: string; seq: number }[] =>
  Array.from({ length: (seq % 3) + 1 }, () => ({ type: 'crash.test', seq }));

// Bounded so an orphan (parent gone before the kill) stops on its own.
const MAX_COMMANDS = 20_000;

process.stdout.write('ready\n');
while (store.latestSeq() < MAX_COMMANDS) {
  const seq = store.latestSeq() + 1;
  const result = store.appendCommand({ seq, pad: 'x'.repeat(seq % 500) }, eventsFor(seq), seq);
  if (seq % 50 === 0) store.saveSnapshot(seq, { upTo: seq });
  const lastId = result.events.at(-1)?.id ?? 0;
  process.stdout.write(`ack ${result.seq} ${lastId}\n`);
}
