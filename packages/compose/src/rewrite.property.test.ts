import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryCompose } from './__fixtures__/arbitrary-compose';
import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { listDataMounts } from './inventory';
import { applyUnifiedDiff } from './patch';
import { rewriteCompose } from './rewrite';
import type { Mount, VolumeMapping } from './types';
import { relationOf } from './validate';

const FIXTURES: [string, string][] = [
  ['0.4.1', readSharedFixture('0.4.1')],
  ['0.5.0', readSharedFixture('0.5.0')],
  ['2.11.0', readSharedFixture('2.11.0')],
  ['1.5 layout', readLocalFixture('harbor-1.5-layout.yml')],
  ['data moved', readLocalFixture('data-moved.yml')],
  ['long syntax', readLocalFixture('long-syntax.yml')],
  ['suffixes and quotes', readLocalFixture('suffixes-and-quotes.yml')],
  ['external volumes', readLocalFixture('external-volumes.yml')],
  ['anchors', readLocalFixture('anchors.yml')],
  ['crlf', readLocalFixture('crlf.yml')],
];

// Mounts that must move together (same data), grouped; only groups a volume may replace.
function mappableGroups(text: string): Mount[][] {
  const groups: Mount[][] = [];
  for (const mount of listDataMounts(text).mounts) {
    if (mount.looksLikeFile || !['bind', 'volume', 'anonymous'].includes(mount.kind)) continue;
    const group = groups.find((g) => g.some((m) => relationOf(m, mount) !== null));
    if (group) group.push(mount);
    else groups.push([mount]);
  }
  return groups;
}

function mappingsFor(groups: readonly Mount[][]): VolumeMapping[] {
  return groups.flatMap((group, i) => group.map((m) => ({ service: m.service, target: m.target, volume: `pvol${i}` })));
}

// Old line numbers removed, and old-line positions where lines were added, read back from the diff.
function touchedLines(diff: string): { removed: number[]; added: { at: number; text: string }[] } {
  const removed: number[] = [];
  const added: { at: number; text: string }[] = [];
  let old = 0;
  for (const line of diff.split('\n').slice(2)) {
    const header = /^@@ -(\d+)(?:,(\d+))?/.exec(line);
    if (header) old = header[2] === '0' ? Number(header[1]) : Number(header[1]) - 1;
    else if (line.startsWith('-')) removed.push((old += 1));
    else if (line.startsWith('+')) added.push({ at: old, text: line.slice(1) });
    else if (line.startsWith(' ')) old += 1;
  }
  return { removed, added };
}

describe.each(FIXTURES)('rewriteCompose properties on %s', (_name, text) => {
  const groups = mappableGroups(text);

  it('when nothing is mapped, then the file comes back byte for byte with an empty diff', () => {
    // Act
    const result = rewriteCompose(text, []);

    // Assert
    expect([result.compose === text, result.diff]).toStrictEqual([true, '']);
  });

  it('when any set of mounts is mapped, then only their lines and the volume declarations change', () => {
    fc.assert(
      fc.property(fc.subarray(groups, { minLength: 1 }), (chosen) => {
        // Arrange
        const mappings = mappingsFor(chosen);
        const spans = chosen.flat().map((m) => m.span);
        const inSpan = (line: number): boolean => spans.some((s) => line >= s.startLine && line <= s.endLine);
        const volumeNames = new Set(mappings.map((m) => m.volume));
        const isDeclaration = (line: string): boolean => {
          const trimmed = line.replace(/\r$/, '').trim();
          return trimmed === 'volumes:' || trimmed === 'external: true' || volumeNames.has(trimmed.replace(/:$/, ''));
        };

        // Act
        const result = rewriteCompose(text, mappings);
        const { removed, added } = touchedLines(result.diff);

        // Assert
        expect(applyUnifiedDiff(text, result.diff)).toBe(result.compose);
        expect(removed.filter((line) => !inSpan(line))).toStrictEqual([]);
        expect(added.filter((a) => !inSpan(a.at) && !inSpan(a.at + 1) && !isDeclaration(a.text))).toStrictEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('when a rewritten file is rewritten again with the same mappings, then nothing changes', () => {
    fc.assert(
      fc.property(fc.subarray(groups, { minLength: 1 }), (chosen) => {
        // Arrange
        const mappings = mappingsFor(chosen);
        const once = rewriteCompose(text, mappings).compose;

        // Act
        const twice = rewriteCompose(once, mappings);

        // Assert
        expect([twice.compose === once, twice.diff]).toStrictEqual([true, '']);
      }),
      { numRuns: 10 },
    );
  });
});

describe('rewriteCompose properties on generated files', () => {
  const scenario = arbitraryCompose.chain((compose) =>
    fc.subarray([...compose.candidates], { minLength: 1 }).map((mappings) => ({ ...compose, mappings })),
  );

  it('when any generated file is rewritten, then only mapped lines change, quoting is kept and a rerun is a no-op', () => {
    fc.assert(
      fc.property(scenario, ({ text, mappings }) => {
        // Arrange
        const spans = listDataMounts(text)
          .mounts.filter((m) => mappings.some((x) => x.target === m.target))
          .map((m) => m.span);

        // Act
        const result = rewriteCompose(text, mappings);
        const again = rewriteCompose(result.compose, mappings);

        // Assert
        const { removed } = touchedLines(result.diff);
        expect(removed.every((line) => spans.some((s) => line >= s.startLine && line <= s.endLine))).toBe(true);
        expect(result.compose.match(/'/g)?.length ?? 0).toBe(text.match(/'/g)?.length ?? 0);
        expect(result.compose.match(/"/g)?.length ?? 0).toBe(text.match(/"/g)?.length ?? 0);
        expect(again.compose).toBe(result.compose);
      }),
      { numRuns: 60 },
    );
  });
});
