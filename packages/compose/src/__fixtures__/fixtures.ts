import { readFileSync } from 'node:fs';

/** The real Harbor compose files in ../shared/fixtures, byte for byte. */
export type SharedFixture = '0.4.1' | '0.5.0' | '2.11.0';

/** Reads a real Harbor compose file from the shared fixtures beside the repository. */
export function readSharedFixture(version: SharedFixture): string {
  return readFileSync(new URL(`../../../../../shared/fixtures/harbor-${version}-docker-compose.yml`, import.meta.url), 'utf8');
}

/** Reads one of this package's hand-written compose files (operator variations). */
export function readLocalFixture(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}
