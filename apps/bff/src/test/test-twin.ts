import type { TwinState } from '@harborview/twin/engine';
import { step } from '@harborview/twin/engine';

import { createTempDir } from '../store/temp-dir';
import type { BootedTwin, BootOptions } from '../twin-runtime/bootstrap';
import { bootTwin } from '../twin-runtime/bootstrap';

// A fixed wall clock: tests never depend on when they run.
const WALL_EPOCH_MS = Date.UTC(2017, 2, 1, 9, 0, 0);

/** How tests boot the twin: no real registry, the clock stopped (time moves only when asked), a fixed wall clock. */
export function testBootOptions(dataDir: string, log: BootOptions['log'] = () => undefined): BootOptions {
  return { dataDir, log, registry: 'off', wallNowMs: () => WALL_EPOCH_MS, durability: 'NORMAL', clockTicks: false };
}

const removals: (() => void)[] = [];
const twins: BootedTwin[] = [];

/** A fresh temp DATA_DIR, removed by `closeTestTwins`; a test may boot it twice to restart the BFF over it. */
export function testDataDir(prefix = 'harborview-twin-'): string {
  const { dir, remove } = createTempDir(prefix);
  removals.push(remove);
  return dir;
}

/** Boots the twin over `dataDir` with `testBootOptions`, remembered so `closeTestTwins` shuts it down. */
export async function bootTestTwin(dataDir: string = testDataDir()): Promise<BootedTwin> {
  const twin = await bootTwin(testBootOptions(dataDir));
  twins.push(twin);
  return twin;
}

/** Closes a twin from `bootTestTwin` before the test ends (a restart), so `closeTestTwins` leaves it alone. */
export async function closeTestTwin(twin: BootedTwin): Promise<void> {
  twins.splice(twins.indexOf(twin), 1);
  await twin.close();
}

/** Closes every twin booted and removes every DATA_DIR made since the last call (an afterEach). */
export async function closeTestTwins(): Promise<void> {
  await Promise.all(twins.splice(0).map((t) => t.close()));
  removals.splice(0).forEach((remove) => remove());
}

/** Applies `commands` to `state` in order, throwing on the first the twin refuses (arranging a pure twin state). */
export function runCommands(state: TwinState, ...commands: unknown[]): TwinState {
  return commands.reduce<TwinState>((s, command) => {
    const next = step(s, command as Parameters<typeof step>[1], { initiator: 'test' });
    if (!next.result.ok) throw new Error(`${JSON.stringify(command)} refused: ${JSON.stringify(next.result.error)}`);
    return next.state;
  }, state);
}
