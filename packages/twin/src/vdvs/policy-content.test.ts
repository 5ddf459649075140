import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { PolicyRule } from './policy-content';
import { parsePolicyContent, positionAt, printPolicyContent, toPlainRules } from './policy-content';

const int = (key: string, value: number): PolicyRule => ({ key, value: { type: 'int', value } });

function rulesOf(content: string): PolicyRule[] {
  const parsed = parsePolicyContent(content);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return toPlainRules(parsed.rules);
}

describe('parsePolicyContent', () => {
  it.each([
    // vdvs.md §3: one rule, as in `(("stripeWidth" i2))`.
    ['(("stripeWidth" i2))', [int('stripeWidth', 2)]],
    // vdvs.md §3: ESXi default vmswap policy, several rules separated by a space.
    [
      '(("hostFailuresToTolerate" i1) ("forceProvisioning" i1))',
      [int('hostFailuresToTolerate', 1), int('forceProvisioning', 1)],
    ],
    // vdvs.md §3: whitespace between items is optional (tests/e2e/vsan_test.go content).
    [
      '(("proportionalCapacity" i50)("hostFailuresToTolerate" i0))',
      [int('proportionalCapacity', 50), int('hostFailuresToTolerate', 0)],
    ],
    // vdvs.md §3: the cluster/vdisk default is the empty list.
    ['()', []],
    ['  (\n  ( "stripeWidth"\ti3 )\n)  ', [int('stripeWidth', 3)]],
  ])('when content is %j, then the rules are %j', (content, expected) => {
    expect(rulesOf(content)).toStrictEqual(expected);
  });

  it('when a value is quoted, then it is a string value (replicaPreference, vdvs.md §4)', () => {
    // vdvs.md §4: replicaPreference takes quoted values such as "RAID-5/6 (Erasure Coding) - Capacity".
    expect(rulesOf('(("replicaPreference" "RAID-5/6 (Erasure Coding) - Capacity"))')).toStrictEqual([
      { key: 'replicaPreference', value: { type: 'string', value: 'RAID-5/6 (Erasure Coding) - Capacity' } },
    ]);
  });

  it('when a rule parses, then its spans point at the rule, the key and the value', () => {
    // vdvs.md §3 syntax; the wizard underlines the offending part.
    const parsed = parsePolicyContent('(("stripeWidth" i2))');

    expect(parsed.ok && parsed.rules[0]).toMatchObject({
      span: { offset: 1, length: 18 },
      keySpan: { offset: 2, length: 13 },
      valueSpan: { offset: 16, length: 2 },
    });
  });

  it.each([
    // vdvs.md §3: `'(("wrongKey" i50)'` from tests/e2e is missing its closing parenthesis.
    ['(("wrongKey" i50)', "Unexpected end of content: missing ')' to close the policy", 17, 1, 18],
    ['("stripeWidth" i2)', "Expected '(' to start a rule or ')' to close the policy but found '\"'", 1, 1, 2],
    ['', "Expected '(' to open the policy but found end of content", 0, 1, 1],
    ['((stripeWidth i2))', 'Expected a quoted capability name like "stripeWidth" but found \'s\'', 2, 1, 3],
    ['(("stripeWidth" 2))', 'Expected a value (i<integer> or "text") for "stripeWidth" but found \'2\'', 16, 1, 17],
    ['(("stripeWidth" ix))', "Expected an integer like i1 after 'i' but found 'x'", 16, 1, 17],
    ['(\n("stripeWidth" i2 i3))', "Expected ')' to close the \"stripeWidth\" rule but found 'i'", 20, 2, 19],
    ['(("stripeWidth i2))', "Unterminated string: missing closing '\"'", 2, 1, 3],
    ['(("stripeWidth" i2)) x', "Unexpected 'x' after the closing ')'", 21, 1, 22],
  ])(
    'when content is %j, then the error is %j at offset %i (line %i, column %i)',
    (content, message, offset, line, column) => {
      expect(parsePolicyContent(content)).toStrictEqual({ ok: false, error: { message, offset, line, column } });
    },
  );
});

describe('printPolicyContent', () => {
  it('when rules are printed, then it is the canonical getdefault form with one space between items', () => {
    // vdvs.md §3: `(("hostFailuresToTolerate" i1) ("forceProvisioning" i1))`.
    expect(printPolicyContent([int('hostFailuresToTolerate', 1), int('forceProvisioning', 1)])).toBe(
      '(("hostFailuresToTolerate" i1) ("forceProvisioning" i1))',
    );
  });

  it('when a string holds quotes or backslashes, then they are escaped', () => {
    // vdvs.md §3 quoted values; escaping keeps the content parseable.
    expect(printPolicyContent([{ key: 'a"b', value: { type: 'string', value: 'x\\y' } }])).toBe('(("a\\"b" "x\\\\y"))');
  });

  it('when any rules are printed and parsed again, then the same rules come back', () => {
    // vdvs.md §3 syntax: printing is the inverse of parsing.
    const value = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((v) => ({ type: 'int' as const, value: v })),
      fc.string().map((v) => ({ type: 'string' as const, value: v })),
    );
    const rules = fc.array(
      fc.tuple(fc.string(), value).map(([key, v]): PolicyRule => ({ key, value: v })),
      { maxLength: 8 },
    );

    fc.assert(
      fc.property(rules, (r) => {
        expect(rulesOf(printPolicyContent(r))).toStrictEqual(r);
      }),
    );
  });

  it('when valid content is re-printed, then printing is idempotent', () => {
    // vdvs.md §3: free whitespace collapses to the canonical form, which is a fixed point.
    const spaced = fc
      .array(fc.tuple(fc.constantFrom('stripeWidth', 'iopsLimit'), fc.nat(50), fc.constantFrom('', ' ', '\n  ')), {
        maxLength: 5,
      })
      .map((items) => `(${items.map(([k, v, ws]) => `${ws}("${k}"${ws || ' '}i${v}${ws})`).join('')})`);

    fc.assert(
      fc.property(spaced, (content) => {
        const once = printPolicyContent(rulesOf(content));
        expect(printPolicyContent(rulesOf(once))).toBe(once);
      }),
    );
  });
});

describe('positionAt', () => {
  it('when the offset follows newlines, then line and column are 1-based', () => {
    // vdvs.md §3 content may span lines when typed in the wizard.
    expect(positionAt('(\n  ("x" i1)', 4)).toStrictEqual({ line: 2, column: 3 });
  });
});
