import { defineProject } from 'vitest/config';

// Property tests (fast-check) run hundreds of cases: give them room on a busy 2-core machine.
// This is a ceiling against hangs, not a speed assertion.
// Every fast-check property runs with one fixed, printed seed (PROPERTY_SEED overrides it): tests/property-seed/.
export default defineProject({
  test: {
    name: 'compose',
    environment: 'node',
    testTimeout: 30_000,
    globalSetup: ['../../tests/property-seed/global-setup.ts'],
    setupFiles: ['../../tests/property-seed/setup.ts'],
  },
});
