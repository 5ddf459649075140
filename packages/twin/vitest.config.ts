import { defineProject } from 'vitest/config';

// Property tests (fast-check) run hundreds of cases: give them room on a busy 2-core machine.
// This is a ceiling against hangs, not a speed assertion.
export default defineProject({ test: { name: 'twin', environment: 'node', testTimeout: 30_000 } });
