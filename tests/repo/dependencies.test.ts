import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Dependency hygiene (issue #12 point 7): each workspace declares exactly what its files import and its scripts run,
// nothing declared goes unused, and each package has one version range across the repo.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results', 'playwright-report']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
// Programs scripts may run that no npm package provides.
const SYSTEM_PROGRAMS = new Set(['node', 'npm', 'sh', 'cd', 'echo', 'rm', 'mkdir', 'cp', 'mv']);

// Used only through configuration no import shows; each entry says where.
const USED_BY_CONFIG: Record<string, Record<string, string>> = {
  'apps/web': { jsdom: "the Vitest environment in vitest.config.ts (environment: 'jsdom')" },
  'packages/eslint-config': { eslint: 'peer dependency: the ESLint that loads this config' },
};

interface Manifest {
  name: string;
  workspaces?: string[];
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface Workspace {
  dir: string; // relative to the root; '.' for the root's own files
  manifest: Manifest;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const declared = (m: Manifest): Set<string> => new Set(SECTIONS.flatMap((s) => Object.keys(m[s] ?? {})));

function workspaces(): Workspace[] {
  const root = readJson<Manifest>(path.join(ROOT, 'package.json'));
  const dirs = (root.workspaces ?? []).flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(path.join(ROOT, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern],
  );
  const members = dirs
    .filter((dir) => existsSync(path.join(ROOT, dir, 'package.json')))
    .map((dir) => ({ dir, manifest: readJson<Manifest>(path.join(ROOT, dir, 'package.json')) }));
  return [{ dir: '.', manifest: root }, ...members];
}

// A workspace's files; the root's are those outside every other workspace (tests/, scripts/, root configs).
function files(dir: string, exclude: ReadonlySet<string>, match: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = dir === '.' ? name : `${dir}/${name}`;
    if (name.startsWith('.') || SKIPPED_DIRS.has(name) || exclude.has(rel)) return [];
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel, exclude, match);
    return match(name) ? [rel] : [];
  });
}

const packageName = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const isBare = (specifier: string): boolean =>
  !/^[./]|^[a-z]+:/.test(specifier) && !builtinModules.includes(packageName(specifier));

// Every package a file names: static and dynamic imports, re-exports, require(), `/// <reference types>`, CSS @import.
function importedPackages(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(/@(?:import|plugin)\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  const info = ts.preProcessFile(text, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName);
}

// `types` and `extends` of the workspace's tsconfig files name packages too ("node" is @types/node).
function tsconfigPackages(ws: Workspace, exclude: ReadonlySet<string>): string[] {
  return files(ws.dir, exclude, (name) => /^tsconfig.*\.json$/.test(name)).flatMap((file) => {
    const { config } = ts.parseConfigFileTextToJson(file, readFileSync(path.join(ROOT, file), 'utf8')) as {
      config: { extends?: string; compilerOptions?: { types?: string[] } };
    };
    return [config.extends ?? '', ...(config.compilerOptions?.types ?? [])].filter(isBare);
  });
}

// Programs each script runs: the first word of each command, `npx <bin>`, and `node --import <package>`.
function scriptPrograms(scripts: Record<string, string>): { bins: string[]; preloads: string[] } {
  const commands = Object.values(scripts).flatMap((s) => s.split(/&&|\|\||;|\|/));
  const words = commands.map((c) =>
    c
      .trim()
      .split(/\s+/)
      .filter((w) => !/^\w+=/.test(w)),
  );
  const bins = words.map((w) => (w[0] === 'npx' ? w.find((x, i) => i > 0 && !x.startsWith('-')) : w[0]) ?? '');
  const preloads = words.flatMap((w) =>
    w.flatMap((x, i) => (/^(--import|--require|-r|--loader)$/.test(x) ? [w[i + 1] ?? ''] : [])),
  );
  return { bins: bins.filter((b) => b !== '' && !SYSTEM_PROGRAMS.has(b)), preloads };
}

function binsOf(ws: Workspace, dependency: string): string[] {
  const file = [ws.dir, '.']
    .map((d) => path.join(ROOT, d, 'node_modules', dependency, 'package.json'))
    .find(existsSync);
  if (file === undefined) return [];
  const { bin, name } = readJson<Manifest>(file);
  if (bin === undefined) return [];
  return typeof bin === 'string' ? [name.split('/').pop() ?? name] : Object.keys(bin);
}

// Root scripts/*.mjs start tools with run('npx', ['<bin>', …]).
const npxBins = (file: string): string[] =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/'npx',\s*\[\s*'([^']+)'/g)].map((m) => m[1] ?? '');

// @types/a__b types @a/b.
const typesPackage = (name: string): string => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

interface Usage {
  required: Set<string>; // imported by a file, preloaded by a script or named by a tsconfig
  used: Set<string>;
  unprovidedBins: string[];
}

function usage(ws: Workspace, all: readonly Workspace[]): Usage {
  const exclude = new Set(ws.dir === '.' ? all.map((w) => w.dir).filter((d) => d !== '.') : []);
  const sources = files(ws.dir, exclude, (name) => SOURCE.test(name) || name.endsWith('.css'));
  const specifiers = sources.flatMap(importedPackages);
  const imported = new Set(specifiers.filter(isBare).map(packageName));
  imported.delete(ws.manifest.name);
  const typeRoots = tsconfigPackages(ws, exclude).map(packageName);
  const used = new Set([...imported, ...typeRoots]);
  if (specifiers.some((s) => s.startsWith('node:') || builtinModules.includes(packageName(s)))) used.add('node');
  const { bins, preloads } = scriptPrograms(ws.manifest.scripts ?? {});
  // A tsconfig's `types: ["x"]` loads x's own types or @types/x.
  const typesOnly = typeRoots.filter((name) => !declared(ws.manifest).has(name)).map(typesPackage);
  const required = new Set([...imported, ...preloads.map(packageName), ...typesOnly]);
  required.forEach((name) => used.add(name));
  const providers = [...declared(ws.manifest)].map((dep) => ({ dep, bins: binsOf(ws, dep) }));
  const unprovidedBins: string[] = [];
  for (const bin of [...bins, ...sources.filter((f) => f.endsWith('.mjs')).flatMap(npxBins)]) {
    const provider = providers.find((p) => p.bins.includes(bin));
    if (provider) used.add(provider.dep);
    else if (bins.includes(bin)) unprovidedBins.push(bin);
  }
  // @types/x is used wherever x is ("node" for builtins and `types: ["node"]`).
  for (const name of [...used]) used.add(typesPackage(name));
  return { required, used, unprovidedBins };
}

describe('dependencies', () => {
  const all = workspaces();
  // Both per-workspace tests read the same scan (about 1,000 files).
  const scans = new Map<string, Usage>();
  const scan = (ws: Workspace): Usage => {
    const result = scans.get(ws.dir) ?? usage(ws, all);
    scans.set(ws.dir, result);
    return result;
  };

  it.each(all.map((ws) => [ws.dir, ws] as const))(
    'when %s imports a package or runs a tool, then its package.json declares it',
    (_dir, ws) => {
      // Act
      const { required, unprovidedBins } = scan(ws);
      const undeclared = [...required].filter((name) => !declared(ws.manifest).has(name));

      // Assert
      expect({ undeclared, unprovidedBins }).toStrictEqual({ undeclared: [], unprovidedBins: [] });
    },
  );

  it.each(all.map((ws) => [ws.dir, ws] as const))(
    'when %s declares a dependency, then a file, a tsconfig or a script of it uses it',
    (dir, ws) => {
      // Arrange
      const allowed = USED_BY_CONFIG[dir] ?? {};

      // Act
      const { used } = scan(ws);
      const unused = [...declared(ws.manifest)].filter((name) => !used.has(name) && !(name in allowed));

      // Assert
      expect(unused).toStrictEqual([]);
    },
  );

  it('when a package is declared in several package.json files, then every one asks for the same range', () => {
    // Arrange
    const ranges = new Map<string, Set<string>>();
    for (const { manifest } of all) {
      for (const section of SECTIONS) {
        for (const [name, range] of Object.entries(manifest[section] ?? {})) {
          ranges.set(name, (ranges.get(name) ?? new Set()).add(range));
        }
      }
    }

    // Act
    const split = [...ranges].filter(([, r]) => r.size > 1).map(([name, r]) => `${name}: ${[...r].join(' vs ')}`);

    // Assert
    expect(split).toStrictEqual([]);
  });
});
