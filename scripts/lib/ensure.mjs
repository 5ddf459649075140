// "Installs what is missing": npm dependencies, and Debian packages when we may (root on Debian).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { run, step } from './proc.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const STAMP = path.join(ROOT, 'node_modules', '.harborview-install-stamp');

// Playwright must never download a browser here: it uses Debian's chromium.
export const INSTALL_ENV = {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
};

function manifestHash() {
  const files = ['package.json', 'package-lock.json'];
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(path.join(ROOT, group))) files.push(path.join(group, name, 'package.json'));
  }
  files.push(path.join('e2e', 'package.json'));
  const hash = createHash('sha256');
  for (const file of files) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex');
}

/** Installs npm dependencies when node_modules is missing or any manifest changed since the last install. */
export async function ensureNpmDependencies() {
  const wanted = manifestHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted) return;
  const fresh = !existsSync(path.join(ROOT, 'node_modules'));
  const useCi = fresh && existsSync(path.join(ROOT, 'package-lock.json'));
  step(useCi ? 'Installing npm dependencies (npm ci)' : 'Updating npm dependencies (npm install)');
  const code = await run('npm', [useCi ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: ROOT, env: INSTALL_ENV });
  if (code !== 0) throw new Error(`npm ${useCi ? 'ci' : 'install'} failed with exit code ${code}`);
  writeFileSync(STAMP, manifestHash());
}

function isInstalled(pkg) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .includes('install ok installed');
  } catch {
    return false;
  }
}

/**
 * Makes sure Debian packages are installed. As root on Debian it installs them with apt-get; anywhere
 * else it prints one line naming what to install. Returns the packages still missing.
 */
export async function ensureDebianPackages(packages, purpose) {
  const isDebian = existsSync('/etc/debian_version');
  const missing = isDebian ? packages.filter((p) => !isInstalled(p)) : packages.filter((p) => !commandFor(p));
  if (missing.length === 0) return [];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isDebian || !isRoot) {
    process.stdout.write(
      `Missing for ${purpose}: ${missing.join(', ')}. Install them (e.g. sudo apt-get install -y ${missing.join(' ')}).\n`,
    );
    return missing;
  }
  step(`Installing Debian packages for ${purpose}: ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  const code = await run('apt-get', ['install', '-y', '-qq', ...missing], { env });
  return code === 0 ? [] : missing.filter((p) => !isInstalled(p));
}

// Off Debian we can only look for the program a package provides.
function commandFor(pkg) {
  const program = { chromium: 'chromium', 'docker-registry': 'docker-registry', skopeo: 'skopeo' }[pkg] ?? pkg;
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
