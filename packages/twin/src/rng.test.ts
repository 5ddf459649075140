import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { RngState } from './rng';
import { createRng, nextHex, nextInt, nextPick, nextRandom, nextRandoms, nextUint32, nextUuid } from './rng';

function take(state: RngState, count: number): number[] {
  const out: number[] = [];
  let current = state;
  for (let i = 0; i < count; i += 1) {
    const [value, next] = nextRandom(current);
    out.push(value);
    current = next;
  }
  return out;
}

describe('createRng', () => {
  it('when the same seed is used twice, then the sequences are identical', () => {
    // Arrange
    const first = createRng(42);
    const second = createRng(42);

    // Act
    const a = take(first, 20);
    const b = take(second, 20);

    // Assert
    expect(a).toStrictEqual(b);
  });

  it.each([
    [1, 2],
    ['scenario-a', 'scenario-b'],
    [0, 'zero'],
  ])('when seeds %j and %j differ, then the sequences differ', (left, right) => {
    // Arrange / Act
    const a = take(createRng(left), 5);
    const b = take(createRng(right), 5);

    // Assert
    expect(a).not.toStrictEqual(b);
  });

  it('when the state goes through JSON, then it continues the same sequence', () => {
    // Arrange
    const state = nextUint32(createRng(7))[1];
    const revived = JSON.parse(JSON.stringify(state)) as RngState;

    // Act / Assert
    expect(take(revived, 10)).toStrictEqual(take(state, 10));
  });

  it('when a value is drawn, then the input state is not mutated', () => {
    // Arrange
    const state = createRng(3);
    const snapshot = { ...state };

    // Act
    nextRandom(state);

    // Assert
    expect(state).toStrictEqual(snapshot);
  });
});

describe('nextRandom and nextInt', () => {
  it('when any seed is used, then floats stay in [0, 1) and ints stay in range', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 100 }),
        (seed, min, span) => {
          const [value, next] = nextRandom(createRng(seed));
          const [int] = nextInt(next, min, min + span);
          return value >= 0 && value < 1 && Number.isInteger(int) && int >= min && int <= min + span;
        },
      ),
    );
  });

  it('when n floats are drawn at once, then they and the state equal n single draws', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 300 }), (seed, count) => {
        // Arrange
        const state = createRng(seed);
        let single = state;
        const expected: number[] = [];
        for (let i = 0; i < count; i += 1) {
          const [value, next] = nextRandom(single);
          expected.push(value);
          single = next;
        }

        // Act
        const [values, after] = nextRandoms(state, count);

        // Assert
        expect(Array.from(values)).toStrictEqual(expected);
        expect(after).toStrictEqual(single);
        if (count === 0) expect(after).toBe(state);
      }),
    );
  });

  it('when min is above max, then it throws a RangeError', () => {
    expect(() => nextInt(createRng(1), 5, 4)).toThrow(RangeError);
  });

  it('when many ints are drawn from 0..3, then every value appears', () => {
    // Arrange
    let state = createRng('coverage');
    const seen = new Set<number>();

    // Act
    for (let i = 0; i < 200; i += 1) {
      const [value, next] = nextInt(state, 0, 3);
      seen.add(value);
      state = next;
    }

    // Assert
    expect([...seen].sort()).toStrictEqual([0, 1, 2, 3]);
  });
});

describe('nextPick', () => {
  it('when the list is empty, then it throws a RangeError', () => {
    expect(() => nextPick(createRng(1), [])).toThrow(RangeError);
  });

  it('when the list has one item, then that item is picked', () => {
    expect(nextPick(createRng(1), ['only'])[0]).toBe('only');
  });
});

describe('nextHex and nextUuid', () => {
  it('when 13 hex digits are asked, then 13 lowercase hex digits come back', () => {
    expect(nextHex(createRng(9), 13)[0]).toMatch(/^[0-9a-f]{13}$/);
  });

  it('when a uuid is drawn, then it has the vSAN 8-4-4-4-12 shape', () => {
    // vsan-ha.md §1 Quorum and votes: RVC prints component UUIDs like 33ca0255-2860-9197-6c1b-005056030a0b
    fc.assert(
      fc.property(fc.integer(), (seed) =>
        /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(nextUuid(createRng(seed))[0]),
      ),
    );
  });

  it('when a prefix is given, then the first group is that prefix', () => {
    // Act
    const [uuid] = nextUuid(createRng(5), '33ca0255');

    // Assert
    expect(uuid.startsWith('33ca0255-')).toBe(true);
  });
});
