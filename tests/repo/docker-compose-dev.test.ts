import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

interface DevCompose {
  services: Record<string, { command?: string[]; ports?: string[]; environment?: Record<string, string> }>;
}

describe('docker-compose.dev.yml', () => {
  const compose = parse(read('docker-compose.dev.yml')) as DevCompose;

  it('when the console service runs `npm <script>`, then that script exists in package.json', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const command = compose.services.console?.command ?? [];

    expect(command[0]).toBe('npm');
    expect(Object.keys(scripts)).toContain(command[1]);
  });

  it('when the console publishes a port, then it is the port the BFF listens on by default and PORT says the same', () => {
    const defaultPort = /const DEFAULT_PORT = (\d+);/.exec(read('apps/bff/src/config.ts'))?.[1];
    const console = compose.services.console;

    expect(console?.ports).toStrictEqual([`127.0.0.1:${defaultPort}:${defaultPort}`]);
    expect(console?.environment?.PORT).toBe(defaultPort);
  });

  it('when ports are published, then every one binds loopback only', () => {
    const ports = Object.values(compose.services).flatMap((s) => s.ports ?? []);

    expect(ports.length).toBeGreaterThan(0);
    expect(ports.every((p) => p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('when the registry service is defined, then it is the distribution registry on its usual port 5000', () => {
    const registry = compose.services.registry as { image?: string; ports?: string[] };

    expect(registry.image).toMatch(/^registry:2/);
    expect(registry.ports).toStrictEqual(['127.0.0.1:5000:5000']);
  });
});
