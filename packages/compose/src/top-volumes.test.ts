import { describe, expect, it } from 'vitest';

import { rewriteCompose } from './rewrite';

const SERVICE = 'services:\n  db:\n    volumes:\n      - /data/database:/var/lib/mysql\n';
const MAPPING = [{ service: 'db', target: '/var/lib/mysql', volume: 'vsanvol2' }];

describe('declaring the external volumes', () => {
  it.each([
    ['no top-level volumes', SERVICE, 'volumes:\n  vsanvol2:\n    external: true\n'],
    ['no newline at the end', SERVICE.trimEnd(), '\nvolumes:\n  vsanvol2:\n    external: true\n'],
    ['an empty volumes: key', `volumes:\n${SERVICE}`, 'volumes:\n  vsanvol2:\n    external: true\nservices:'],
    ['volumes: {}', `volumes: {}\n${SERVICE}`, 'volumes: {vsanvol2: {external: true}}\n'],
    ['volumes: ~', `volumes: ~\n${SERVICE}`, 'volumes: {vsanvol2: {external: true}}\n'],
    [
      'a flow mapping',
      `volumes: {logs: {external: true} }\n${SERVICE}`,
      'volumes: {logs: {external: true}, vsanvol2: {external: true} }\n',
    ],
    [
      'a block mapping',
      `${SERVICE}volumes:\n  logs:\n    external: true\n`,
      'volumes:\n  logs:\n    external: true\n  vsanvol2:\n    external: true\n',
    ],
    [
      'an entry without a body',
      `${SERVICE}volumes:\n  vsanvol2:\n    external: true\n  other:\n`,
      'volumes:\n  vsanvol2:\n    external: true\n  other:\n',
    ],
  ])('when the file has %s, then the declaration lands in the right place', (_label, before, expected) => {
    // Act
    const { compose } = rewriteCompose(before, MAPPING);

    // Assert
    expect(compose).toContain(expected);
  });

  it('when the file is indented by four spaces, then the new section is too', () => {
    // Arrange
    const before = 'services:\n    db:\n        volumes:\n            - /data/database:/var/lib/mysql\n';

    // Act
    const { compose } = rewriteCompose(before, MAPPING);

    // Assert
    expect(compose).toBe(
      `${before.replace('/data/database', 'vsanvol2')}volumes:\n    vsanvol2:\n        external: true\n`,
    );
  });

  it('when the whole file is one flow mapping, then volumes are added inside it', () => {
    // Arrange
    const before = '{services: {db: {volumes: [/data/database:/var/lib/mysql]}}}\n';

    // Act
    const { compose } = rewriteCompose(before, MAPPING);

    // Assert
    expect(compose).toBe(
      '{services: {db: {volumes: [vsanvol2:/var/lib/mysql]}}, volumes: {vsanvol2: {external: true}}}\n',
    );
  });

  it('when a volume name would read as a number or boolean, then it is quoted', () => {
    // Act
    const { compose } = rewriteCompose(SERVICE, [{ service: 'db', target: '/var/lib/mysql', volume: '1234' }]);

    // Assert
    expect(compose).toContain("volumes:\n  '1234':\n    external: true\n");
  });
});
