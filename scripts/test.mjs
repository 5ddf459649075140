// `npm test`: install what is missing, then lint, typecheck, unit + integration (Vitest), build, and e2e
// (Playwright in Debian's headless Chromium). Every stage runs; the last line is `N passed, N failed`.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { ensureDebianPackages, ensureNpmDependencies, INSTALL_ENV, ROOT } from './lib/ensure.mjs';
import { run, step } from './lib/proc.mjs';
import { playwrightCounts, summarize, vitestCounts } from './lib/summary.mjs';

// What the tests need from Debian: Chromium for Playwright, the distribution registry Harbor runs, and skopeo as an outside OCI client.
const TEST_PACKAGES = ['chromium', 'docker-registry', 'skopeo'];
const REPORTS = path.join(ROOT, '.reports');

await ensureNpmDependencies();
const missing = await ensureDebianPackages(TEST_PACKAGES, 'the tests');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const env = { ...INSTALL_ENV, FORCE_COLOR: process.env.CI ? '0' : '1' };
const stages = [];
async function stage(name, command, args, options = {}) {
  step(name);
  const started = Date.now();
  const code = await run(command, args, { cwd: ROOT, env, ...options });
  const entry = { name, code, seconds: Math.round((Date.now() - started) / 1000), counts: options.counts?.() ?? null };
  stages.push(entry);
  return entry;
}

await stage('Lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']);
await stage('Typecheck (tsc, every workspace)', 'npm', ['run', '--silent', 'typecheck']);
const vitestReport = path.join(REPORTS, 'vitest.json');
await stage(
  'Unit and integration tests (Vitest)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  {
    counts: () => vitestCounts(vitestReport),
  },
);
const build = await stage('Build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
const playwrightReport = path.join(REPORTS, 'playwright.json');
if (build.code === 0 && missing.length === 0) {
  await stage('End-to-end tests (Playwright, headless Chromium)', 'npx', ['playwright', 'test'], {
    cwd: path.join(ROOT, 'e2e'),
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    counts: () => playwrightCounts(playwrightReport),
  });
} else {
  stages.push({
    name: 'End-to-end tests (not run: ' + (missing.length ? `missing ${missing.join(', ')}` : 'build failed') + ')',
    code: 1,
    seconds: 0,
    counts: null,
  });
}

step('Summary');
for (const s of stages) {
  const counts = s.counts ? ` (${s.counts.passed} passed, ${s.counts.failed} failed)` : '';
  process.stdout.write(`${s.code === 0 ? 'ok  ' : 'FAIL'}  ${s.name}${counts}  ${s.seconds}s\n`);
}
const { passed, failed } = summarize(stages);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(stages.every((s) => s.code === 0) ? 0 : 1);
