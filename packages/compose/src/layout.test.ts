import { describe, expect, it } from 'vitest';

import { readLocalFixture, readSharedFixture } from './__fixtures__/fixtures';
import { listDataMounts } from './inventory';
import type { ServiceFacts } from './layout';
import { detectLayout } from './layout';

function services(names: string[], extra: Partial<ServiceFacts> = {}): ServiceFacts[] {
  return names.map((name) => ({ name, image: null, hasContainerName: false, sources: [], ...extra }));
}

describe('detectLayout', () => {
  it.each([
    ['0.4.1', readSharedFixture('0.4.1'), '0.4', null],
    ['0.5.0', readSharedFixture('0.5.0'), '0.5', null],
    ['2.11.0', readSharedFixture('2.11.0'), '2.x', '2.11.0'],
    ['the 1.5 fixture', readLocalFixture('harbor-1.5-layout.yml'), '1.x', '1.5.0'],
    ['the data-moved fixture', readLocalFixture('data-moved.yml'), '2.x', '2.12.2'],
  ])('when reading %s, then the family is %s', (_label, text, family, version) => {
    // Act
    const layout = listDataMounts(text).layout;

    // Assert
    expect([layout.family, layout.version]).toStrictEqual([family, version]);
  });

  it.each<[string, ServiceFacts[], string]>([
    ['untagged 2.x names', services(['core', 'portal', 'registryctl', 'postgresql']), '2.x'],
    ['adminserver', services(['adminserver', 'ui', 'mysql']), '1.x'],
    ['ui next to postgresql', services(['ui', 'postgresql', 'registry']), '1.x'],
    ['0.x names with container_name', services(['ui', 'mysql'], { hasContainerName: true }), '0.5'],
    ['0.x names without container_name', services(['ui', 'mysql', 'registry']), '0.4'],
    ['no Harbor services', services(['web', 'db']), 'unknown'],
    [
      "a registry image tag that is not Harbor's",
      services(['registry'], { image: 'vmware/registry-photon:v2.6.2' }),
      'unknown',
    ],
  ])('when the file has %s, then the family is %s', (_label, facts, family) => {
    // Act
    const layout = detectLayout(facts);

    // Assert
    expect(layout.family).toBe(family);
  });
});
