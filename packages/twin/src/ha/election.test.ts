import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { ElectionCandidate } from './election';
import { electPrimary } from './election';

// vsan-ha.md §3 Basics: most connected datastores wins, ties by highest MoID compared lexically.
describe('electPrimary', () => {
  it.each<[string, ElectionCandidate[], string | null]>([
    ['nobody', [], null],
    ['one host', [{ id: 'host-2', connectedDatastores: 1 }], 'host-2'],
    [
      'most datastores',
      [
        { id: 'host-3', connectedDatastores: 1 },
        { id: 'host-1', connectedDatastores: 2 },
      ],
      'host-1',
    ],
    [
      'a tie, highest MoID',
      [
        { id: 'host-1', connectedDatastores: 1 },
        { id: 'host-3', connectedDatastores: 1 },
        { id: 'host-2', connectedDatastores: 1 },
      ],
      'host-3',
    ],
    [
      'a tie compared lexically, not numerically',
      [
        { id: 'host-10', connectedDatastores: 1 },
        { id: 'host-9', connectedDatastores: 1 },
      ],
      'host-9',
    ],
  ])('when the candidates are %s, then the winner is %s', (_case, candidates, expected) => {
    // Arrange / Act
    const winner = electPrimary(candidates);

    // Assert
    expect(winner).toBe(expected);
  });

  it('when candidates come in any order, then the same host wins', () => {
    const candidates = fc.uniqueArray(
      fc.record({ id: fc.stringMatching(/^host-[0-9]{1,2}$/), connectedDatastores: fc.nat({ max: 3 }) }),
      { selector: (c) => c.id, minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(candidates, (list) => {
        // Arrange
        const reversed = [...list].reverse();

        // Act / Assert
        expect(electPrimary(reversed)).toBe(electPrimary(list));
      }),
    );
  });
});
