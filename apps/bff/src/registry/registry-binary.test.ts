import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { findRegistryBinary, REGISTRY_INSTALL_HINT } from './registry-binary';
import { makeTempDir } from './registry-test-kit';

describe('findRegistryBinary', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  const fakeBinDir = async (): Promise<string> => {
    const { dir, cleanup } = await makeTempDir('bin');
    cleanups.push(cleanup);
    const file = path.join(dir, 'docker-registry');
    await writeFile(file, '#!/bin/sh\n');
    await chmod(file, 0o755);
    return dir;
  };

  it('when docker-registry is on PATH, then it is found there', async () => {
    const dir = await fakeBinDir();

    const found = findRegistryBinary({ PATH: `/nonexistent:${dir}` });

    expect(found).toStrictEqual({ available: true, path: path.join(dir, 'docker-registry') });
  });

  it('when REGISTRY_BIN is set, then it wins over PATH', async () => {
    const dir = await fakeBinDir();

    const found = findRegistryBinary({ PATH: '/usr/bin', REGISTRY_BIN: path.join(dir, 'docker-registry') });

    expect(found).toStrictEqual({ available: true, path: path.join(dir, 'docker-registry') });
  });

  it('when REGISTRY_BIN names no executable, then it is unavailable with the install hint', () => {
    const found = findRegistryBinary({ PATH: '/usr/bin', REGISTRY_BIN: '/nonexistent/docker-registry' });

    expect(found).toStrictEqual({
      available: false,
      reason: 'REGISTRY_BIN=/nonexistent/docker-registry is not an executable file',
      hint: REGISTRY_INSTALL_HINT,
    });
  });

  it('when nothing is on PATH, then it is unavailable and the hint names the Debian package', () => {
    const found = findRegistryBinary({ PATH: '/nonexistent' });

    expect(found.available).toBe(false);
    expect(found.available ? '' : found.hint).toContain('apt-get install -y docker-registry');
  });
});
