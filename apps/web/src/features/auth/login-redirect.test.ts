import { describe, expect, it } from 'vitest';

import { loginPath, safeNextPath } from './login-redirect';

describe('safeNextPath', () => {
  it.each([
    ['/volumes?page=2#top', '/volumes?page=2#top'],
    ['/inventory/host/host-1/summary', '/inventory/host/host-1/summary'],
  ])('when next is the console path %s, then the user goes back there', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    ['another origin', '//evil.example/x'],
    ['an absolute URL', 'https://evil.example/'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab trick', '/\t/evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'volumes'],
    ['the sign-in page itself', '/login?next=/x'],
    ['nothing', null],
  ])('when next is %s, then the user lands on the console home instead', (_case, next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('loginPath', () => {
  it('when the user was on a page, then the sign-in URL carries it encoded in next', () => {
    expect(loginPath('/volumes?page=2')).toBe('/login?next=%2Fvolumes%3Fpage%3D2');
  });

  it('when the user was on the home page, then the sign-in URL has no next', () => {
    expect(loginPath('/')).toBe('/login');
  });
});
