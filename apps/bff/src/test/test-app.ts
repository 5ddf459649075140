import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Express } from 'express';

import { createApp } from '../app';
import type { AppDeps } from '../deps';
import { bootTwin } from '../twin-runtime/bootstrap';
import type { BootedTwin } from '../twin-runtime/bootstrap';

export interface TestApp {
  app: Express;
  twin: BootedTwin;
  logged: string[];
  dataDir: string;
  close: () => Promise<void>;
}

// A fixed wall clock: route tests never depend on when they run.
const WALL_EPOCH_MS = Date.UTC(2017, 2, 1, 9, 0, 0);

/** Builds the app in-process over a fresh twin in a temp DATA_DIR (no real registry, clock stopped). */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  registry: 'auto' | 'off' = 'off',
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'harborview-bff-'));
  const logged: string[] = [];
  const log = (message: string): void => void logged.push(message);
  const twin = await bootTwin({
    dataDir,
    log,
    registry,
    wallNowMs: () => WALL_EPOCH_MS,
    durability: 'NORMAL',
    clockTicks: false,
  });
  const app = createApp({
    backend: twin.backend,
    stream: twin.stream,
    commandLog: twin.stream.store,
    version: '0.0.0-test',
    log,
    ...overrides,
  });
  return {
    app,
    twin,
    logged,
    dataDir,
    close: async () => {
      await twin.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const opened: TestApp[] = [];

/** createTestApp, remembered so `closeTestApps` (an afterEach) can shut it down. */
export async function openTestApp(
  overrides: Partial<AppDeps> = {},
  registry: 'auto' | 'off' = 'off',
): Promise<TestApp> {
  const app = await createTestApp(overrides, registry);
  opened.push(app);
  return app;
}

/** Closes every app opened since the last call. */
export async function closeTestApps(): Promise<void> {
  await Promise.all(opened.splice(0).map((t) => t.close()));
}
