import { describe, expect, it } from 'vitest';

import { readCookie } from './cookies';

describe('readCookie', () => {
  it.each([
    ['the named cookie among others', 'theme=dark; hv_session=abc; lang=en', 'abc'],
    ['spaces around the pair trimmed', '  hv_session = abc  ;x=1', 'abc'],
    ['a URI-encoded value decoded', 'hv_session=a%2Fb%3D', 'a/b='],
    ['a value that does not decode kept as sent', 'hv_session=%E0%A4%A', '%E0%A4%A'],
    ['the first of two pairs with the name', 'hv_session=first; hv_session=second', 'first'],
    ['a part without `=` skipped', 'flag; hv_session=abc', 'abc'],
  ])('when the header has %s, then that value comes back', (_case, header, expected) => {
    // Act
    const value = readCookie(header, 'hv_session');

    // Assert
    expect(value).toBe(expected);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['only other cookies', 'theme=dark; hv_sessions=abc'],
  ])('when there is %s, then the value is undefined', (_case, header) => {
    // Act
    const value = readCookie(header, 'hv_session');

    // Assert
    expect(value).toBeUndefined();
  });
});
