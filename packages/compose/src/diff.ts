/** File names for the `---`/`+++` header lines. */
export interface DiffFiles {
  readonly fromFile: string;
  readonly toFile: string;
}

/** Lines of context around each change, as `diff -u` and git print them. */
export const DIFF_CONTEXT = 3;
// Beyond this many edits Myers' trace grows quadratically; a whole-file replacement is still a correct diff.
const MAX_EDIT_DISTANCE = 4000;

type Kind = ' ' | '-' | '+';
interface Op {
  readonly kind: Kind;
  readonly line: string;
}

const NO_NEWLINE = '\\ No newline at end of file';

/**
 * A unified diff of two texts (Myers line diff, 3 lines of context, GNU hunk headers: a count of 1 is omitted,
 * an empty side is `-k,0` after line k). Lines keep any `\r`; a last line without a newline gets the usual marker.
 * Identical texts give ''.
 */
export function unifiedDiff(before: string, after: string, files: DiffFiles): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  let out = `--- ${files.fromFile}\n+++ ${files.toFile}\n`;
  for (const [from, to] of hunkBounds(ops)) {
    let a = 0;
    let b = 0;
    for (const op of ops.slice(0, from)) {
      if (op.kind !== '+') a += 1;
      if (op.kind !== '-') b += 1;
    }
    const body = ops.slice(from, to);
    const aCount = body.filter((op) => op.kind !== '+').length;
    const bCount = body.filter((op) => op.kind !== '-').length;
    out += `@@ -${range(a, aCount)} +${range(b, bCount)} @@\n`;
    for (const op of body) {
      const ends = op.line.endsWith('\n');
      out += `${op.kind}${ends ? op.line.slice(0, -1) : op.line}\n${ends ? '' : `${NO_NEWLINE}\n`}`;
    }
  }
  return out;
}

/** Splits into lines that keep their `\n` (the last one may lack it). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function range(linesBefore: number, count: number): string {
  const start = count === 0 ? linesBefore : linesBefore + 1;
  return count === 1 ? `${start}` : `${start},${count}`;
}

// [start, end) op indices of each hunk: changes closer than 2×context share one hunk.
function hunkBounds(ops: readonly Op[]): [number, number][] {
  const changes = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  const hunks: [number, number][] = [];
  for (const index of changes) {
    const last = hunks[hunks.length - 1];
    const start = Math.max(0, index - DIFF_CONTEXT);
    const end = Math.min(ops.length, index + 1 + DIFF_CONTEXT);
    if (last !== undefined && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  }
  return hunks;
}

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix));
  return [...same(a.slice(0, prefix)), ...middle, ...same(a.slice(a.length - suffix))];
}

// Myers' O(ND) greedy algorithm with a per-step trace for the backtrack.
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset);
    }
  }
  return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d] ?? new Int32Array();
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      ops.push({ kind: ' ', line: a[x] ?? '' });
    }
    if (d > 0) {
      if (down) ops.push({ kind: '+', line: b[prevY] ?? '' });
      else ops.push({ kind: '-', line: a[prevX] ?? '' });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}
