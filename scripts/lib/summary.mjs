// Reads the runners' JSON reports and turns every stage into the one closing line `N passed, N failed`.
import { existsSync, readFileSync } from 'node:fs';

/** Counts from Vitest's JSON reporter (Jest-compatible shape). */
export function vitestCounts(file) {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's JSON reporter: flaky tests passed on retry; skipped ones count as failed, as none may land. */
export function playwrightCounts(file) {
  if (!existsSync(file)) return null;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: (stats.unexpected ?? 0) + (stats.skipped ?? 0) };
}

/**
 * Sums tests and checks: a test runner contributes its tests; a check without tests (lint, typecheck,
 * build) contributes one. A runner that crashed before writing its report counts as one failure.
 */
export function summarize(stages) {
  let passed = 0;
  let failed = 0;
  for (const stage of stages) {
    if (stage.counts) {
      passed += stage.counts.passed;
      failed += stage.counts.failed;
      if (stage.code !== 0 && stage.counts.failed === 0) failed += 1;
    } else if (stage.code === 0) passed += 1;
    else failed += 1;
  }
  return { passed, failed };
}
