import { splitLines } from './diff';

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Applies a unified diff (as written by `unifiedDiff`) to `before`, checking every context and removed line;
 * throws on any mismatch. Used to prove a shown diff is exactly the change that will be written.
 */
export function applyUnifiedDiff(before: string, diff: string): string {
  const source = splitLines(before);
  const out: string[] = [];
  let cursor = 0;
  const lines = diff.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i += 1) {
    const header = HUNK_HEADER.exec(lines[i] ?? '');
    if (header === null) continue;
    const oldStart = Number(header[1]);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const start = oldCount === 0 ? oldStart : oldStart - 1;
    if (start < cursor) throw new Error(`hunk at line ${oldStart} overlaps the previous one`);
    out.push(...source.slice(cursor, start));
    cursor = start;
    for (let j = i + 1; j < lines.length && !HUNK_HEADER.test(lines[j] ?? ''); j += 1) {
      const line = lines[j] ?? '';
      const kind = line[0];
      const content = line.slice(1);
      if (kind === '\\') {
        const last = out.length - 1;
        if (lines[j - 1]?.[0] !== '-' && last >= 0) out[last] = (out[last] ?? '').replace(/\n$/, '');
        continue;
      }
      if (kind === ' ' || kind === '-') {
        const actual = source[cursor] ?? '';
        if (actual.replace(/\n$/, '') !== content) throw new Error(`line ${cursor + 1} does not match the diff`);
        if (kind === ' ') out.push(actual);
        cursor += 1;
      } else if (kind === '+') {
        out.push(`${content}\n`);
      }
      i = j;
    }
  }
  return [...out, ...source.slice(cursor)].join('');
}
