import { defineProject } from 'vitest/config';

// Every fast-check property runs with one fixed, printed seed (PROPERTY_SEED overrides it): tests/property-seed/.
export default defineProject({
  test: {
    name: 'bff',
    environment: 'node',
    globalSetup: ['../../tests/property-seed/global-setup.ts'],
    setupFiles: ['../../tests/property-seed/setup.ts'],
  },
});
