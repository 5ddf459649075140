import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { unifiedDiff } from './diff';
import { applyUnifiedDiff } from './patch';

const FILES = { fromFile: 'a/f', toFile: 'b/f' };
const numbered = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('');
// Lines that keep their `\n` (the last one may lack it), as the diff counts them.
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

// Texts over a tiny alphabet so that before and after share many lines; CRLF and a missing last newline included.
const text = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'd\r', 'e  '), { maxLength: 30 }), fc.boolean())
  .map(([lines, newlineAtEnd]) => lines.join('\n') + (newlineAtEnd && lines.length > 0 ? '\n' : ''));

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    b.forEach((y, j) => {
      const above = row[j + 1] ?? 0;
      row[j + 1] = x === y ? diagonal + 1 : Math.max(above, row[j] ?? 0);
      diagonal = above;
    });
  }
  return row[b.length] ?? 0;
}

describe('unifiedDiff', () => {
  it('when one line changes, then the hunk shows it with three lines of context', () => {
    // Arrange
    const before = numbered(10);
    const after = before.replace('line 5\n', 'line five\n');

    // Act
    const diff = unifiedDiff(before, after, FILES);

    // Assert
    expect(diff).toBe(
      '--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n',
    );
  });

  it('when lines are appended, then the hunk starts after the last old line', () => {
    // Arrange
    const before = numbered(5);

    // Act
    const diff = unifiedDiff(before, `${before}x\ny\n`, FILES);

    // Assert
    expect(diff).toBe('--- a/f\n+++ b/f\n@@ -3,3 +3,5 @@\n line 3\n line 4\n line 5\n+x\n+y\n');
  });

  it('when changes are far apart, then they get separate hunks; when close, one', () => {
    // Arrange
    const before = numbered(20);
    const far = before.replace('line 2\n', 'two\n').replace('line 18\n', 'eighteen\n');
    const near = before.replace('line 2\n', 'two\n').replace('line 8\n', 'eight\n');

    // Act
    const farHeaders = unifiedDiff(before, far, FILES).match(/^@@.*$/gm);
    const nearHeaders = unifiedDiff(before, near, FILES).match(/^@@.*$/gm);

    // Assert
    expect(farHeaders).toStrictEqual(['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@']);
    expect(nearHeaders).toStrictEqual(['@@ -1,11 +1,11 @@']);
  });

  it('when the last line loses its newline, then the diff says so', () => {
    // Act
    const diff = unifiedDiff('a\nb\n', 'a\nb', FILES);

    // Assert
    expect(diff).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n');
  });

  it('when a one-line file changes, then the hunk header carries both counts, as jsdiff writes it', () => {
    // Act
    const diff = unifiedDiff('a\n', 'b\n', FILES);

    // Assert
    expect(diff).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n+b\n');
  });

  it('when the texts share no line and differ past the edit bound, then one hunk replaces the whole file', () => {
    // Arrange
    const before = numbered(700);
    const after = numbered(700).replaceAll('line', 'row').replace(/\n$/, '');

    // Act
    const diff = unifiedDiff(before, after, FILES);

    // Assert
    expect(diff.match(/^@@.*$/gm)).toStrictEqual(['@@ -1,700 +1,700 @@']);
    expect(diff.endsWith('+row 700\n\\ No newline at end of file\n')).toBe(true);
    expect(applyUnifiedDiff(before, diff)).toBe(after);
  });

  it('when both texts are the same, then the diff is empty', () => {
    // Act
    const diff = unifiedDiff(numbered(4), numbered(4), FILES);

    // Assert
    expect(diff).toBe('');
  });

  it('when any diff is applied to its before text, then the after text comes back', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        // Act
        const patched = applyUnifiedDiff(before, unifiedDiff(before, after, FILES));

        // Assert
        expect(patched).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('when any two texts are diffed, then the edit is minimal (removed lines = old lines - LCS)', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        // Arrange
        const a = splitLines(before);
        const b = splitLines(after);

        // Act
        const removed = unifiedDiff(before, after, FILES)
          .split('\n')
          .slice(2)
          .filter((line) => line.startsWith('-')).length;

        // Assert
        expect(removed).toBe(a.length - lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyUnifiedDiff', () => {
  it('when the diff does not match the text, then it throws', () => {
    // Arrange
    const diff = unifiedDiff(numbered(5), numbered(5).replace('line 3', 'three'), FILES);

    // Act
    const run = (): string => applyUnifiedDiff(numbered(5).replace('line 2', 'two'), diff);

    // Assert
    expect(run).toThrow('does not match');
  });
});
