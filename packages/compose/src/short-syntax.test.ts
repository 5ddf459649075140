import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatShortMount, isHostPath, parseShortMount } from './short-syntax';

describe('parseShortMount', () => {
  it.each([
    ['/data/registry:/storage', { source: '/data/registry', target: '/storage', modes: [] }],
    ['/data/registry:/storage:z', { source: '/data/registry', target: '/storage', modes: ['z'] }],
    [
      '/var/log/harbor/:/var/log/docker/:rw,z',
      { source: '/var/log/harbor/', target: '/var/log/docker/', modes: ['rw', 'z'] },
    ],
    ['vsanvol1:/storage:ro', { source: 'vsanvol1', target: '/storage', modes: ['ro'] }],
    ['/var/lib/mysql', { source: null, target: '/var/lib/mysql', modes: [] }],
    ['C:\\harbor\\data:/storage', { source: 'C:\\harbor\\data', target: '/storage', modes: [] }],
  ])('when given "%s", then it splits it as Docker does', (raw, expected) => {
    // Act
    const actual = parseShortMount(raw);

    // Assert
    expect(actual).toStrictEqual(expected);
  });

  it.each(['', 'a:b:c:d', ':/storage'])('when given the unreadable "%s", then it returns null', (raw) => {
    // Act
    const actual = parseShortMount(raw);

    // Assert
    expect(actual).toBeNull();
  });

  it('when a parsed entry is formatted again, then the original string comes back', () => {
    // Arrange
    const segment = fc.stringMatching(/^[a-zA-Z0-9_./-]{1,12}$/);
    const mode = fc.constantFrom('ro', 'rw', 'z', 'Z', 'nocopy');
    const raw = fc
      .tuple(segment, segment, fc.array(mode, { maxLength: 3 }))
      .map(([source, target, modes]) => `${source}:/${target}${modes.length ? `:${modes.join(',')}` : ''}`);

    // Act + Assert
    fc.assert(
      fc.property(raw, (text) => {
        const parsed = parseShortMount(text);
        return parsed !== null && formatShortMount(parsed) === text;
      }),
    );
  });
});

describe('isHostPath', () => {
  it.each([
    ['/data/registry', true],
    ['./common/config/nginx', true],
    ['~/harbor', true],
    ['${DATA_VOLUME}/registry', true],
    ['vsanvol1', false],
    ['redis-data', false],
  ])('when the source is "%s", then host path is %s', (source, expected) => {
    // Act
    const actual = isHostPath(source);

    // Assert
    expect(actual).toBe(expected);
  });
});
