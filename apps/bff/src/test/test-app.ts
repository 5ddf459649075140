import type { Express } from 'express';

import { createApp } from '../app';
import { createTwinBackend } from '../backend/twin-backend';
import type { AppDeps } from '../deps';

/** Builds the app in-process over the embedded twin, the way every route test starts. */
export function createTestApp(overrides: Partial<AppDeps> = {}): { app: Express; logged: string[] } {
  const logged: string[] = [];
  const app = createApp({
    backend: createTwinBackend(),
    version: '0.0.0-test',
    log: (message) => logged.push(message),
    ...overrides,
  });
  return { app, logged };
}
