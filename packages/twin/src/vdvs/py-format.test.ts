import { describe, expect, it } from 'vitest';

import { asctimeUtc, pyJsonDumps, pyListRepr, pyStrRepr } from './py-format';

describe('asctimeUtc', () => {
  it.each([
    // vdvs.md §2: `created` is time.asctime(gmtime()), UTC, day padded with a space.
    [Date.UTC(2017, 2, 1, 20, 6, 2), 'Wed Mar  1 20:06:02 2017'],
    [Date.UTC(2017, 2, 4, 9, 26, 0), 'Sat Mar  4 09:26:00 2017'],
    // vdvs.md §3 admin-cli example rows.
    [Date.UTC(2017, 7, 21, 4, 36, 8), 'Mon Aug 21 04:36:08 2017'],
    // vdvs.md §5 sidecar sample.
    [Date.UTC(2016, 7, 11, 11, 0, 15), 'Thu Aug 11 11:00:15 2016'],
  ])('when the clock is %s, then it reads %s', (epochMs, expected) => {
    expect(asctimeUtc(epochMs)).toBe(expected);
  });

  it('when milliseconds are present, then they are dropped like gmtime() does', () => {
    // vdvs.md §2: asctime has second resolution.
    expect(asctimeUtc(Date.UTC(2017, 2, 1, 20, 6, 2) + 999)).toBe('Wed Mar  1 20:06:02 2017');
  });
});

describe('pyListRepr', () => {
  it.each([
    // vdvs.md §1: `Invalid options: ['sizes']` and the policy list `['silver', ...]`.
    [['sizes'], "['sizes']"],
    [['silver', 'gold'], "['silver', 'gold']"],
    [[], '[]'],
    [["it's"], '["it\'s"]'],
  ])('when the list is %j, then Python prints %s', (items, expected) => {
    expect(pyListRepr(items)).toBe(expected);
  });

  it('when a string holds a backslash, then it is escaped as repr() does', () => {
    // vdvs.md §1 messages embed repr() of user text; backslashes are doubled.
    expect(pyStrRepr('a\\b')).toBe("'a\\\\b'");
  });
});

describe('pyJsonDumps', () => {
  it('when an object is dumped, then separators are ", " and ": " like json.dumps', () => {
    // vdvs.md §5: the sidecar is json.dumps output, e.g. {"status": "attached", ...}.
    expect(pyJsonDumps({ status: 'detached', volOpts: { size: '1gb' }, n: 1, f: false, z: null, l: ['a'] })).toBe(
      '{"status": "detached", "volOpts": {"size": "1gb"}, "n": 1, "f": false, "z": null, "l": ["a"]}',
    );
  });

  it('when text is not ASCII, then it is escaped as \\uXXXX (ensure_ascii)', () => {
    // vdvs.md §1: Unicode volume names are allowed; vdvs.md §5: the KV is json.dumps with defaults.
    expect(pyJsonDumps('é\n')).toBe('"\\u00e9\\n"');
  });
});
