import { createHash } from 'node:crypto';
import type { Agent, Server } from 'node:http';

import { API_SPEC } from '@harborview/contracts/api-routes';

import type { TestApp } from '../../test/test-app';

import { sendRaw } from './raw-http';

// What a rejected request must leave as it was: the twin as the console reads it, plus what lives outside the twin
// (users, the clock's pause flag, the image ledger). The audit log is left out: recording a refusal is its job.
const FINGERPRINT_PATHS = [
  '/api/hosts',
  '/api/volumes?pageSize=500',
  '/api/policies',
  '/api/harbor/compose',
  '/api/harbor/images',
  '/api/tasks',
  '/api/twin/clock',
  '/api/users',
];
const ROUTED = new Set(API_SPEC.filter((s) => s.method === 'get').map((s) => s.path));

/** The command log's seq and the event log's last id: any twin change moves one of them. Cheap, checked per request. */
export function logPosition(t: TestApp): string {
  const { store } = t.twin.stream;
  return `${store.latestSeq()}/${store.latestEventId()}`;
}

/** A sha256 over every fingerprint GET (status and body) and the log position. */
export async function stateFingerprint(
  server: Server,
  agent: Agent,
  t: TestApp,
  headers: Record<string, string>,
): Promise<string> {
  const hash = createHash('sha256').update(logPosition(t));
  for (const path of FINGERPRINT_PATHS.filter((p) => ROUTED.has(p.split('?')[0]!))) {
    const res = await sendRaw(server, agent, { method: 'GET', path, headers });
    hash.update(`\n${path} ${res.status} ${res.text}`);
  }
  return hash.digest('hex');
}
