import { rm } from 'node:fs/promises';
import path from 'node:path';

import type { StreamMessage } from '@harborview/contracts/stream';
import type { CommandResult, TwinState } from '@harborview/twin/engine';
import { volumeView } from '@harborview/twin/queries';

import type { ConsoleBackend } from '../backend/backend';
import { createTwinBackend } from '../backend/twin-backend';
import type { RegistryFacts } from '../backend/twin-harbor';
import { desiredRegistry, volumeFolder } from '../backend/twin-harbor';
import { registryStandingFor } from '../drills/drill-context';
import type { DrillApi } from '../drills/drill-service';
import { createDrillService } from '../drills/drill-service';
import { AppError } from '../errors/app-error';
import { createImageService } from '../harbor-runtime/image-service';
import type { RegistryReconciler } from '../harbor-runtime/registry-reconciler';
import { createRegistryReconciler } from '../harbor-runtime/registry-reconciler';
import { findRegistryBinary } from '../registry/registry-binary';
import type { RegistrySupervisor } from '../registry/registry-supervisor';
import { createRegistrySupervisor } from '../registry/registry-supervisor';
import { copyRegistryStorage } from '../registry/storage-folders';
import { EventHub } from '../sse/event-hub';
import { openStore } from '../store/open-store';
import type { Durability, Store } from '../store/types';

import { startClockDriver } from './clock-driver';
import { createRuntime } from './runtime';
import type { LoggedCommand } from './twin-engine';
import { createTwinEngine } from './twin-engine';

export interface BootOptions {
  dataDir: string;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** `auto` runs the real docker-registry when installed; `off` runs without images (route tests). */
  registry: 'auto' | 'off';
  wallNowMs: () => number;
  durability?: Durability;
  /** Real-time clock ticks; tests turn it off and move time with /api/twin/clock/advance. */
  clockTicks?: boolean;
}

export interface BootedTwin {
  backend: ConsoleBackend;
  stream: { store: Store<LoggedCommand, TwinState, StreamMessage>; hub: EventHub };
  /** Resolves when the real registry matches the twin (tests wait on it). */
  registrySettled: () => Promise<void>;
  /** Failover drills over this twin and its real registry. */
  drills: DrillApi;
  close: () => Promise<void>;
}

const SYSTEM = 'System';

/** Wires the twin behind its command log, the live hub, the clock, and Harbor's real registry. */
export async function bootTwin(options: BootOptions): Promise<BootedTwin> {
  const { dataDir, log } = options;
  const store = openStore<LoggedCommand, TwinState, StreamMessage>(dataDir, {
    durability: options.durability ?? 'FULL',
  });
  const hub = new EventHub((error) => log('stream listener failed', { error: String(error) }));
  const seed = (): number => Number(store.getMeta('seed') ?? '1');
  const engine = createTwinEngine(() => ({ scenario: 'walkthrough', seed: seed(), startEpochMs: options.wallNowMs() }));
  const runtime = createRuntime<TwinState, LoggedCommand, CommandResult>({
    store,
    hub,
    engine,
    timeOf: (s) => s.clock.startEpochMs + s.clock.now * 1000,
    snapshotAfter: (command) => command.kind === 'reset',
    log,
  });
  const layout = { root: path.join(dataDir, 'harbor') };

  const binary = options.registry === 'auto' ? findRegistryBinary(process.env) : null;
  let supervisor: RegistrySupervisor | null = null;
  let reconciler: RegistryReconciler | null = null;
  let registryDetail: string | null = binary && !binary.available ? `${binary.reason} ${binary.hint}` : null;
  if (binary?.available) {
    supervisor = await createRegistrySupervisor({
      binary: binary.path,
      configDir: path.join(dataDir, 'registry'),
      log,
    });
    // What the real process does on its own (dies, serves again) goes into the twin as logged System commands.
    reconciler = createRegistryReconciler(supervisor, log, (command) => {
      void runtime.dispatch({ kind: 'twin', command, initiator: SYSTEM });
    });
  } else if (options.registry === 'auto') {
    log('running without images: docker-registry is not installed', { hint: registryDetail });
  } else {
    registryDetail = 'the real registry is off in this configuration';
  }

  let lastDesired = '';
  const reconcile = (state: TwinState): void => {
    if (!reconciler) return;
    const desired = desiredRegistry(state, layout);
    const key = JSON.stringify(desired);
    if (key === lastDesired) return;
    lastDesired = key;
    // The reconciler logs a failure and keeps it as its problem() until the registry serves again.
    reconciler.apply(desired).catch(() => undefined);
  };
  runtime.onCommitted(reconcile);
  reconcile(runtime.state());

  const images = createImageService({
    supervisor,
    dataDir,
    registrySettled: async () => {
      await reconciler?.settled();
    },
    seed,
    now: () => {
      const s = runtime.state();
      return new Date(s.clock.startEpochMs + s.clock.now * 1000).toISOString();
    },
    onBytesWritten: (bytes) => {
      const { volume } = desiredRegistry(runtime.state(), layout);
      if (volume)
        void runtime.dispatch({ kind: 'twin', command: { type: 'writeData', volume, bytes }, initiator: SYSTEM });
    },
  });

  const clock = startClockDriver({
    paused: store.getMeta('paused') === 'true' || options.clockTicks === false,
    savePaused: (paused) => store.setMeta('paused', String(paused)),
    speed: () => runtime.state().clock.speed,
    advance: (seconds) => runtime.dispatch({ kind: 'twin', command: { type: 'advance', seconds }, initiator: SYSTEM }),
    wallNowMs: options.wallNowMs,
  });

  const registryFacts = (): RegistryFacts => ({
    url: supervisor?.url ?? null,
    process: supervisor ? supervisor.status() : 'unavailable',
    detail: reconciler?.problem() ?? registryDetail,
  });

  const backend = createTwinBackend({
    runtime,
    clock,
    images,
    layout,
    registry: registryFacts,
    wallNow: () => new Date(options.wallNowMs()),
    async copyRegistryData(body) {
      const mapping = body.mappings.find((m) => m.service === 'registry' && m.target === '/storage');
      if (!mapping || !reconciler) return;
      const from = desiredRegistry(runtime.state(), layout);
      await reconciler.apply({ ...from, running: false });
      const target = volumeView(runtime.state(), mapping.volume);
      if (!target) return;
      const report = await copyRegistryStorage(from.storageRoot, volumeFolder(layout, target.fullName));
      if (!report.ok)
        throw new AppError(
          'conflict',
          `Copying the registry data to ${target.fullName} failed verification: ${report.problems.join('; ')}`,
        );
      log('registry data copied to the volume and verified by digest', { blobs: report.blobs, bytes: report.bytes });
    },
    async reset(body) {
      if (reconciler) await reconciler.apply({ ...desiredRegistry(runtime.state(), layout), running: false });
      await images.reset();
      await rm(layout.root, { recursive: true, force: true });
      store.setMeta('seed', String(body.seed));
      lastDesired = '';
      await runtime.dispatch({
        kind: 'reset',
        options: {
          scenario: 'walkthrough',
          seed: body.seed,
          hosts: body.hosts,
          volumes: body.volumes,
          harborVersion: body.harborVersion,
          startEpochMs: options.wallNowMs(),
        },
      });
    },
  });

  const registrySettled = async (): Promise<void> => {
    await reconciler?.settled();
  };
  // Registered after the reconciler, so a drill's check sees the registry already following the same commit.
  const drills = createDrillService({
    runtime,
    log: store,
    durability: options.durability ?? 'FULL',
    verifyImages: () => images.verify(),
    registrySettled,
    registryOf: registryStandingFor(layout),
    registryVolume: () => desiredRegistry(runtime.state(), layout).volume,
    onLog: log,
  });

  return {
    backend,
    stream: { store, hub },
    registrySettled,
    drills,
    close: async () => {
      clock.stop();
      await drills.settled();
      drills.close();
      await supervisor?.stop();
      store.close();
    },
  };
}
