import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, Scalar } from 'yaml';

import { applyEdits, isPlainSafe, renderLike } from './text-edit';

function scalarOfType(type: Scalar['type']): Scalar {
  const node = new Scalar('x');
  node.type = type;
  return node;
}

describe('isPlainSafe', () => {
  it.each([
    ['vsanvol1:/storage', false, true],
    ['vsanvol1:/storage:rw,z', false, true],
    ['vsanvol1:/storage:rw,z', true, false],
    ['true', false, false],
    ['yes', false, false],
    ['1234', false, false],
    ['1e3', false, false],
    ['-vol', false, false],
    ['a: b', false, false],
    ['a #b', false, false],
    ['/my dir', false, true],
  ])('when the value is %s (flow: %s), then plain-safe is %s', (value, inFlow, expected) => {
    // Act
    const actual = isPlainSafe(value, inFlow);

    // Assert
    expect(actual).toBe(expected);
  });
});

describe('renderLike', () => {
  it.each<[Scalar['type'], string]>([
    ['PLAIN', 'vsanvol1:/storage'],
    ['QUOTE_SINGLE', "'vsanvol1:/storage'"],
    ['QUOTE_DOUBLE', '"vsanvol1:/storage"'],
  ])('when the original is %s, then the new value is written the same way', (type, expected) => {
    // Act
    const actual = renderLike(scalarOfType(type), 'vsanvol1:/storage', false);

    // Assert
    expect(actual).toBe(expected);
  });

  it('when any string is rendered in any style, then YAML reads it back unchanged in block and flow context', () => {
    const type = fc.constantFrom<Scalar['type']>('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), type, (value, style) => {
        // Act
        const block = parse(`k: ${renderLike(scalarOfType(style), value, false)}\n`) as { k: unknown };
        const flow = parse(`[${renderLike(scalarOfType(style), value, true)}]\n`) as unknown[];

        // Assert
        expect([block.k, flow[0]]).toStrictEqual([value, value]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('applyEdits', () => {
  it('when edits are given out of order, then they are applied by offset', () => {
    // Act
    const actual = applyEdits('abcdef', [
      { start: 4, end: 5, text: 'E' },
      { start: 0, end: 1, text: 'A' },
      { start: 6, end: 6, text: '!' },
    ]);

    // Assert
    expect(actual).toBe('AbcdEf!');
  });

  it('when two edits overlap, then it throws', () => {
    // Act
    const run = (): string =>
      applyEdits('abcdef', [
        { start: 1, end: 3, text: '' },
        { start: 2, end: 4, text: '' },
      ]);

    // Assert
    expect(run).toThrow('overlapping');
  });
});
