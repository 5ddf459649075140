import type { HarborFamily, HarborLayout } from './types';

/** What layout detection looks at for one service. */
export interface ServiceFacts {
  readonly name: string;
  readonly image: string | null;
  readonly hasContainerName: boolean;
  readonly sources: readonly string[];
}

// Only `harbor-*` images carry Harbor's own release in their tag; registry/nginx images carry their upstream's.
const HARBOR_IMAGE_TAG = /(?:^|\/)harbor-[a-z-]+:v?(\d+)\.(\d+)(?:\.(\d+))?/;
// Services that only ever existed in 1.x (adminserver 1.1–1.7) next to the ui/mysql pair of 0.x.
const ONLY_1X = ['adminserver'];
const LATE_1X_OR_2X = ['core', 'portal', 'registryctl'];

/**
 * Detects the Harbor layout family. An image tag like `goharbor/harbor-core:v2.11.0` decides it; otherwise service
 * names do: `core`/`portal`/`registryctl` mean 2.x (untagged 1.8–1.10 files read as 2.x, their mounts have the same
 * shape), `adminserver` or a `ui` next to postgresql/redis/clair/notary means 1.x, and the 0.x `ui`+`mysql` layout
 * is 0.5 when it uses fixed container names or `./common/config/`, else 0.4.
 */
export function detectLayout(services: readonly ServiceFacts[]): HarborLayout {
  const fromTag = layoutFromImageTag(services);
  if (fromTag !== null) return fromTag;
  const names = new Set(services.map((s) => s.name));
  const has = (list: readonly string[]): string[] => list.filter((n) => names.has(n));
  const only1x = has(ONLY_1X);
  if (only1x.length > 0) return layout('1.x', [`service ${only1x.join(', ')} exists only in 1.x`]);
  const late = has(LATE_1X_OR_2X);
  if (late.length > 0) return layout('2.x', [`services ${late.join(', ')} (1.8+ / 2.x layout)`]);
  if (!names.has('ui')) return layout('unknown', ['no Harbor ui/core service']);
  const oneX = has(['postgresql', 'redis', 'clair', 'notary-server']);
  if (oneX.length > 0) return layout('1.x', [`ui next to ${oneX.join(', ')}`]);
  const sources = services.flatMap((s) => s.sources);
  if (services.some((s) => s.hasContainerName) || sources.some((p) => p.startsWith('./common/config/'))) {
    return layout('0.5', ['ui + mysql layout with container_name / ./common/config paths']);
  }
  if (names.has('mysql')) return layout('0.4', ['ui + mysql layout with ./config paths and no container_name']);
  return layout('unknown', ['ui without mysql']);
}

function layoutFromImageTag(services: readonly ServiceFacts[]): HarborLayout | null {
  for (const service of services) {
    const match = HARBOR_IMAGE_TAG.exec(service.image ?? '');
    if (match === null) continue;
    const [, major = '', minor = '', patch] = match;
    const version = patch === undefined ? `${major}.${minor}` : `${major}.${minor}.${patch}`;
    const family = familyOf(Number(major), Number(minor));
    if (family !== 'unknown') return { family, version, evidence: [`image ${service.image ?? ''}`] };
  }
  return null;
}

function familyOf(major: number, minor: number): HarborFamily {
  if (major === 0) return minor <= 4 ? '0.4' : '0.5';
  if (major === 1) return '1.x';
  if (major === 2) return '2.x';
  return 'unknown';
}

function layout(family: HarborFamily, evidence: string[]): HarborLayout {
  return { family, version: null, evidence };
}
