import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { ClockSchema } from '@harborview/contracts/clock';
import type { Drill, DrillStatus } from '@harborview/contracts/drills';
import { DrillSchema } from '@harborview/contracts/drills';
import { EventPageSchema } from '@harborview/contracts/events';
import type { Harbor } from '@harborview/contracts/harbor';
import { HarborSchema } from '@harborview/contracts/harbor';
import { expect } from 'vitest';

import { REGISTRY_PID_FILE } from '../registry/stale-registry';

// Helpers for crash-restart.int.test.ts, which talks to a real server process over loopback HTTP.

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** Sends one request and asserts its status; callers parse the body with the contract schema they need. */
export type Send = (method: Method, path: string, status: number, body?: unknown) => Promise<unknown>;

const POLL_MS = 50;

/**
 * A fetch wrapper that asserts the status, so a failing step names itself and shows the error body; `session`
 * carries the sign-in (`signInTo(...).headers`).
 */
export function httpClient(origin: string, session: Record<string, string> = {}): Send {
  return async (method, route, status, body) => {
    const res = await fetch(`${origin}${route}`, {
      method,
      headers: body === undefined ? session : { ...session, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.status, `${method} ${route}: ${text}`).toBe(status);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
}

/** Bounded polling on a server fact. */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The newest id in the event log, read by paging `GET /api/events` until `lastId` stops moving. */
export async function lastEventId(send: Send): Promise<number> {
  let after = 0;
  for (let page = 0; page < 1_000; page += 1) {
    const { lastId } = EventPageSchema.parse(await send('GET', `/api/events?after=${after}&limit=1000`, 200));
    if (lastId === after) return lastId;
    after = lastId;
  }
  throw new Error('the event log did not end within 1,000 pages');
}

/** Harbor without what belongs to this run's registry process (its pid-bound state, port and last error). */
export function harborWithoutProcess(harbor: Harbor): unknown {
  const { url: _url, process: _process, detail: _detail, ...registry } = harbor.registry;
  return { ...harbor, registry };
}

/** Everything a restart must give back exactly; the twin clock must be paused, or time moves between reads. */
export async function observe(send: Send): Promise<Record<string, unknown>> {
  const { wallTime: _wallTime, ...clock } = ClockSchema.parse(await send('GET', '/api/twin/clock', 200));
  return {
    clock,
    hosts: await send('GET', '/api/hosts', 200),
    vms: await send('GET', '/api/vms', 200),
    volumes: await send('GET', '/api/volumes?pageSize=500', 200),
    harbor: harborWithoutProcess(HarborSchema.parse(await send('GET', '/api/harbor', 200))),
    tasks: await send('GET', '/api/tasks', 200),
    alarms: await send('GET', '/api/alarms', 200),
    lastEventId: await lastEventId(send),
  };
}

/** Waits for the real registry to serve again (it starts after the twin says its container runs). */
export function registryRunning(send: Send, timeoutMs?: number): Promise<Harbor> {
  return pollUntil(
    'the registry process to run',
    async () => HarborSchema.parse(await send('GET', '/api/harbor', 200)),
    (harbor) => harbor.registry.process === 'running',
    timeoutMs,
  );
}

/** Polls a drill until it reaches `status` (its integrity checks run after the twin step that ends a phase). */
export function drillReaches(send: Send, id: string, status: DrillStatus, timeoutMs?: number): Promise<Drill> {
  return pollUntil(
    `drill ${id} to be ${status}`,
    async () => DrillSchema.parse(await send('GET', `/api/drills/${id}`, 200)),
    (drill) => drill.status === status || drill.status === 'failed',
    timeoutMs,
  ).then((drill) => {
    expect(drill.status, drill.failure ?? '').toBe(status);
    return drill;
  });
}

/** The pid of the registry the server on `dataDir` started, from the pidfile it keeps for the next run. */
export async function registryPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, 'registry', REGISTRY_PID_FILE), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.trim());
}

// Running means "not exited": a SIGKILLed process may linger as a zombie until something reaps it.
export function isRunning(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
