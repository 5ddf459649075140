/**
 * Vitest globalSetup of every project with property tests: picks the run's seed (seed.ts), prints it once, and hands
 * it to the test workers, where setup.ts makes it fast-check's global seed.
 */
import type { TestProject } from 'vitest/node';

import { randomSeed, resolvePropertySeed } from './seed';

const run = globalThis as typeof globalThis & { propertySeedShown?: boolean };

export default function setup(project: TestProject): void {
  const seed = resolvePropertySeed(process.env.PROPERTY_SEED, randomSeed);
  // The other projects of the same run read the pick back, so one seed replays the whole run.
  process.env.PROPERTY_SEED = String(seed);
  project.provide('propertySeed', seed);
  if (run.propertySeedShown === true) return;
  run.propertySeedShown = true;
  console.log(`Property tests: fast-check seed ${seed} (replay with PROPERTY_SEED=${seed})`);
}
