import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createTable } from './table';

// The hidden index behind the state's arrays (table.ts) must answer exactly like a linear scan, whatever history the
// arrays share: the engine's determinism (docs/architecture.md "same seed and commands") depends on it.

interface Item {
  id: string;
  v: number;
}

type Op =
  { kind: 'append'; id: string } | { kind: 'replace'; id: string } | { kind: 'remove'; id: string } | { kind: 'fork' };

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), id: ids }),
  fc.record({ kind: fc.constant('replace' as const), id: ids }),
  fc.record({ kind: fc.constant('remove' as const), id: ids }),
  fc.constant({ kind: 'fork' as const }),
);

describe('createTable', () => {
  it('when arrays branch and change in any order, then every lookup equals a linear scan', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        // Arrange
        const table = createTable<Item>((x) => x.id);
        const versions: Item[][] = [[]];
        let current: Item[] = [];
        let n = 0;

        // Act
        for (const o of ops) {
          n += 1;
          if (o.kind === 'fork') current = versions[n % versions.length] ?? [];
          else if (o.kind === 'append' && !current.some((x) => x.id === o.id))
            current = table.append(current, [{ id: o.id, v: n }]);
          else if (o.kind === 'replace') current = table.replace(current, [{ id: o.id, v: n }]);
          else if (o.kind === 'remove') current = table.remove(current, [o.id]);
          versions.push(current);
        }

        // Assert
        for (const version of versions) {
          for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'z']) {
            expect(table.find(version, id)).toBe(version.find((x) => x.id === id));
            expect(table.position(version, id)).toBe(version.findIndex((x) => x.id === id));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
