/** Vitest setup file: every `fc.assert` in the test file runs with the run's seed unless it names its own. */
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('propertySeed') });
