import { describe, expect, it } from 'vitest';

import compose041 from '../../../../../shared/fixtures/harbor-0.4.1-docker-compose.yml?raw';

import { HARBOR_041_COMPOSE_TEXT } from './compose-041-text';

describe('HARBOR_041_COMPOSE_TEXT', () => {
  it('when compared with the shared fixture, then it is the same text byte for byte, trailing spaces included', () => {
    // harbor.md §0: the seed's file is Deploy/docker-compose.yml at 0.4.1 byte for byte, with trailing spaces.
    expect(HARBOR_041_COMPOSE_TEXT).toBe(compose041);
  });
});
