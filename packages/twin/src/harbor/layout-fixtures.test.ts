// The real Harbor compose files are read straight from ../shared/fixtures (laid beside the repo, in CI too).
import { describe, expect, it } from 'vitest';

import compose041 from '../../../../../shared/fixtures/harbor-0.4.1-docker-compose.yml?raw';
import compose050 from '../../../../../shared/fixtures/harbor-0.5.0-docker-compose.yml?raw';
import compose2x from '../../../../../shared/fixtures/harbor-2.11.0-docker-compose.yml?raw';

import { fieldsOfSpec, servicesOfCompose } from './__fixtures__/compose-fields';
import type { LayoutId } from './layout-types';
import { LAYOUTS } from './layouts';

// The typed tables must say what the compose files say (harbor.md §0: the fixtures are the source).
// The 1.x layouts have no fixture file: layout-1x.ts says where their data comes from.
type FixtureId = Extract<LayoutId, '0.4.1' | '0.5.0' | '2.x'>;
const FILES: Record<FixtureId, string> = { '0.4.1': compose041, '0.5.0': compose050, '2.x': compose2x };

describe.each<FixtureId>(['0.4.1', '0.5.0', '2.x'])('layout %s against its compose fixture', (id) => {
  const file = servicesOfCompose(FILES[id]);
  const layout = LAYOUTS[id];

  it('when compared by service, then names and order match the file', () => {
    // Arrange / Act
    const names = layout.services.map((s) => s.name);

    // Assert
    expect(names).toStrictEqual(Object.keys(file));
  });

  it.each(layout.services.map((s) => [s.name, s] as const))(
    'when service %s is compared, then its fields match the file',
    (name, spec) => {
      // Arrange / Act
      const fromFile = file[name];

      // Assert
      expect(fromFile).toStrictEqual(fieldsOfSpec(spec));
    },
  );
});
