// `npm run test:explore [-- --rounds N] [paths…]`: runs the fast-check property tests with random seeds, where CI
// runs them with one fixed seed (tests/property-seed/). Each round picks a seed and prints it; the first failing
// round prints that seed, the failing tests and the command that replays them exactly, and the script exits 1.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT } from './lib/ensure.mjs';
import { run, step } from './lib/proc.mjs';

const SEARCHED = ['apps', 'packages'];
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'coverage', '.turbo']);
const USES_FAST_CHECK = /from ['"]fast-check['"]/;
const RELATIVE_IMPORT = /from ['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Test files that use fast-check themselves or through a fixture module that does (arbitraries). */
function propertyTestFiles() {
  const files = SEARCHED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const helpers = new Set(files.filter((f) => !/\.test\.tsx?$/.test(f) && USES_FAST_CHECK.test(text.get(f))));
  const importsHelper = (file) =>
    [...text.get(file).matchAll(RELATIVE_IMPORT)].some(([, spec]) => {
      const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '');
      return helpers.has(`${target}.ts`) || helpers.has(`${target}.tsx`);
    });
  return files
    .filter((f) => /\.test\.tsx?$/.test(f) && (USES_FAST_CHECK.test(text.get(f)) || importsHelper(f)))
    .map((f) => path.relative(ROOT, f));
}

function parseArgs(argv) {
  const options = { rounds: 1, paths: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--rounds') options.rounds = Math.max(1, Number(argv[(i += 1)]) || 1);
    else options.paths.push(path.relative(ROOT, path.resolve(argv[i])));
  }
  return options;
}

/** The failing tests of a Vitest JSON report, as `file › test` lines, and their files. */
function failures(reportFile) {
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const failed = report.testResults.filter((r) => r.status === 'failed');
    const lines = failed.flatMap((r) => {
      const file = path.relative(ROOT, r.name);
      const tests = r.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file} › ${a.fullName}`);
      return tests.length > 0 ? tests : [`${file} (the file failed to run)`];
    });
    return { lines, files: failed.map((r) => path.relative(ROOT, r.name)) };
  } catch {
    return { lines: [], files: [] };
  }
}

const { rounds, paths } = parseArgs(process.argv.slice(2));
const all = propertyTestFiles();
const files = paths.length === 0 ? all : all.filter((f) => paths.some((p) => f === p || f.startsWith(`${p}/`)));
if (files.length === 0) {
  process.stderr.write(`No property tests under ${paths.join(', ')}\n`);
  process.exit(2);
}
const reports = mkdtempSync(path.join(tmpdir(), 'harborview-explore-'));
let code = 0;
for (let round = 1; round <= rounds && code === 0; round += 1) {
  // Exploration is the one place a property test meets a seed nobody chose; it is printed before anything runs.
  const seed = (Math.random() * 2 ** 32) | 0;
  step(`Property tests, round ${round}/${rounds}: seed ${seed} (${files.length} files)`);
  const report = path.join(reports, `round-${round}.json`);
  const env = { PROPERTY_SEED: String(seed), FUZZ_SEED: process.env.FUZZ_SEED ?? String(seed) };
  code = await run(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...files],
    { cwd: ROOT, env },
  );
  if (code !== 0) {
    const failed = failures(report);
    const replayFiles = failed.files.length > 0 ? failed.files : files;
    process.stdout.write(
      `\nProperty tests failed with seed ${seed}:\n${failed.lines.map((l) => `  ${l}\n`).join('')}` +
        `Replay: PROPERTY_SEED=${seed} FUZZ_SEED=${env.FUZZ_SEED} npx vitest run ${replayFiles.join(' ')}\n` +
        'Fix what it found with the case as a regression test (fast-check also printed the seed and path above).\n',
    );
  }
}
rmSync(reports, { recursive: true, force: true });
if (code === 0) process.stdout.write(`\nProperty tests passed in ${rounds} round(s) with random seeds.\n`);
process.exit(code);
