import { describe, expect, it } from 'vitest';

import { fieldsOfSpec, servicesOfCompose } from './__fixtures__/compose-fields';
import { withServiceOnVolume } from './__fixtures__/on-volume';
import { HARBOR_041_COMPOSE_TEXT } from './compose-041-text';
import { initialComposeText, renderComposeText } from './compose-render';
import type { LayoutId } from './layout-types';
import { LAYOUTS } from './layouts';

// The compose text a scenario starts from: the seed file for 0.4.1 (harbor.md §0), else the layout rendered.
// `down -v` spares only `external: true` volumes (harbor.md §1 "For a volume rewriter"), so named volumes are external.

describe('renderComposeText', () => {
  it.each<LayoutId>(['0.4.1', '0.5.0', '1.7', '1.10', '2.x'])(
    'when layout %s is rendered and read back, then every service says what the layout says',
    (id) => {
      // Arrange
      const layout = LAYOUTS[id];

      // Act
      const services = servicesOfCompose(renderComposeText(layout));

      // Assert
      expect(services).toStrictEqual(Object.fromEntries(layout.services.map((s) => [s.name, fieldsOfSpec(s)])));
    },
  );

  it.each<[LayoutId, string]>([
    ['1.7', "version: '2'\nservices:\n  log:\n    image: goharbor/harbor-log:v1.7.0\n"],
    ['1.10', "version: '2.3'\nservices:\n  log:\n    image: goharbor/harbor-log:v1.10.1\n"],
  ])('when layout %s is rendered, then the file starts with its compose version and log', (id, start) => {
    // Arrange / Act
    const text = renderComposeText(LAYOUTS[id]);

    // Assert
    expect(text.startsWith(start)).toBe(true);
  });

  it('when a service mounts a named volume, then the volume is declared external', () => {
    // Arrange
    const layout = withServiceOnVolume(LAYOUTS['1.10'], 'registry', 'vsanvol1@vsanDatastore', '/storage');

    // Act
    const text = renderComposeText(layout);

    // Assert
    expect(text.endsWith('volumes:\n  vsanvol1@vsanDatastore:\n    external: true\n')).toBe(true);
  });
});

describe('initialComposeText', () => {
  it('when the layout is 0.4.1, then it is the seed file byte for byte, trailing spaces included', () => {
    // Arrange / Act
    const text = initialComposeText(LAYOUTS['0.4.1']);

    // Assert
    expect(text).toBe(HARBOR_041_COMPOSE_TEXT);
  });

  it('when the layout is 1.10, then it is the rendering', () => {
    // Arrange / Act
    const text = initialComposeText(LAYOUTS['1.10']);

    // Assert
    expect(text).toBe(renderComposeText(LAYOUTS['1.10']));
  });
});
