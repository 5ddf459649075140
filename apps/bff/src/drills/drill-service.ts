import type {
  CreateDrillBody,
  Drill,
  DrillFault,
  DrillFrame,
  DrillList,
  DrillPreflight,
  DrillReplay,
  DrillReport,
} from '@harborview/contracts/drills';
import { DrillPreflightSchema } from '@harborview/contracts/drills';
import type { VerifyResult } from '@harborview/contracts/harbor';
import type { StreamMessage } from '@harborview/contracts/stream';
import type { ObserveContext } from '@harborview/twin/drill';
import {
  DRILL_ENTRY,
  faultCommand,
  frameOf,
  harborWatched,
  isoOf,
  preflightFault,
  recoverCommand,
  startObservation,
  volumePlacement,
  watchedOf,
} from '@harborview/twin/drill';
import type { TwinState } from '@harborview/twin/engine';

import type { Caller } from '../backend/backend';
import type { TwinRuntime } from '../backend/twin-command';
import { runTask } from '../backend/twin-command';
import { AppError } from '../errors/app-error';
import type { Durability, Store } from '../store/types';
import type { LoggedCommand } from '../twin-runtime/twin-engine';

import { contextOf } from './drill-context';
import { resumeDrills } from './drill-resume';
import { openDrillStore } from './drill-store';
import type { DrillRecord } from './drill-types';
import { isRecoverable, toDrill, toSummary } from './drill-view';
import type { Watch } from './drill-watcher';
import { createWatcher } from './drill-watcher';
import { baselineMessage, baselineOf } from './integrity';
import { replayDrill } from './replay';
import { renderDrillReport } from './report-md';

/** What the routes ask of failover drills; the embedded twin implements it, a real-vCenter connector later. */
export interface DrillApi {
  preflight(fault: DrillFault): Promise<DrillPreflight>;
  create(body: CreateDrillBody, caller: Caller): Promise<Drill>;
  list(): Promise<DrillList>;
  get(id: string): Promise<Drill>;
  recover(id: string, caller: Caller): Promise<Drill>;
  report(id: string): Promise<DrillReport>;
  reportMarkdown(id: string): Promise<string>;
  replay(id: string): Promise<DrillReplay>;
  liveFrame(drillId?: string): Promise<DrillFrame>;
  /** Resolves when no integrity check is in flight (tests wait on it). */
  settled(): Promise<void>;
  close(): void;
}

export interface DrillServiceDeps {
  runtime: TwinRuntime;
  log: Pick<
    Store<LoggedCommand, TwinState, StreamMessage>,
    'file' | 'latestSeq' | 'latestEventId' | 'commandsAfter' | 'eventsAfter'
  >;
  durability: Durability;
  verifyImages: () => Promise<VerifyResult>;
  registrySettled: () => Promise<void>;
  /** Where the registry runs in a state and why it stopped (`registryStandingFor(layout)`). */
  registryOf: ObserveContext['registryOf'];
  /** The registry volume in the current state (baseline label). */
  registryVolume: () => string | null;
  onLog: (message: string, fields?: Record<string, unknown>) => void;
}

const REPLAYS_KEPT = 4;

/** Failover drills over the embedded twin: preflight, fault, watch, verify, recover, report, replay. */
export function createDrillService(deps: DrillServiceDeps): DrillApi {
  const { runtime } = deps;
  // Drill views change in wall time too (a verdict arrives when the registry has answered), so the stream names them.
  const announceDrills = (): void => {
    const s = runtime.state();
    runtime.announce([{ type: 'changed', kinds: ['drills'], at: isoOf(s.clock.startEpochMs, s.clock.now) }]);
  };
  const store = openDrillStore(deps.log.file, deps.durability);
  const watcher = createWatcher({
    store,
    state: () => runtime.state(),
    latestSeq: () => deps.log.latestSeq(),
    latestEventId: () => deps.log.latestEventId(),
    verifyImages: deps.verifyImages,
    registrySettled: deps.registrySettled,
    log: deps.onLog,
    changed: announceDrills,
  });
  const unsubscribe = runtime.onCommitted((s) => watcher.onCommitted(s));
  const replays = new Map<string, DrillReplay>();
  let starting = false;

  resumeDrills(store, watcher, deps.log, deps.registryOf);

  const find = (id: string): { record: DrillRecord; watch?: Watch } => {
    const watch = watcher.get(id);
    if (watch) return { record: watch.record, watch };
    const record = store.get(id);
    if (!record) throw new AppError('not_found', `No drill with id '${id}'`);
    return { record };
  };
  const drillOf = (record: DrillRecord, watch?: Watch): Drill => {
    const obs = watch?.obs ?? record.observation;
    if (!obs) throw new AppError('internal', `Drill ${record.id} has no observation`);
    return toDrill(record, obs);
  };

  function preflight(fault: DrillFault): DrillPreflight {
    const r = preflightFault(runtime.state(), fault);
    if (!r.ok) throw new AppError(r.error.code, r.error.message);
    return DrillPreflightSchema.parse(r.preflight);
  }

  async function create(body: CreateDrillBody, caller: Caller): Promise<Drill> {
    const busy = watcher.all()[0];
    if (starting || busy) {
      throw new AppError(
        'conflict',
        busy
          ? `Drill ${busy.record.id} is still ${busy.record.status}: recover it (POST /api/drills/${busy.record.id}/recover) and let it finish first`
          : 'Another drill is starting',
      );
    }
    const pre = preflight(body.fault);
    const missing = pre.goesDown.filter((name) => !(body.confirm ?? []).includes(name));
    if (pre.requiresConfirmation && missing.length > 0) {
      throw new AppError(
        'confirmation_required',
        `This fault takes down ${pre.goesDown.join(', ')}: repeat each of them in "confirm" to go ahead`,
        { goesDown: pre.goesDown, missing },
      );
    }
    starting = true;
    try {
      return await start(body.fault, pre, caller);
    } finally {
      starting = false;
    }
  }

  async function start(fault: DrillFault, pre: DrillPreflight, caller: Caller): Promise<Drill> {
    const s0 = runtime.state();
    const vm = s0.topology.vms.find((v) => v.id === s0.harbor.vmId);
    const record: DrillRecord = {
      id: store.nextId(),
      fault,
      description: pre.description,
      initiator: caller.user,
      startedAt: isoOf(s0.clock.startEpochMs, s0.clock.now),
      status: 'preflight',
      failure: null,
      endedAt: null,
      preflight: pre,
      vmId: s0.harbor.vmId,
      vmHostBefore: vm?.hostId ?? '',
      startSeq: deps.log.latestSeq(),
      startEventId: deps.log.latestEventId(),
      endSeq: null,
      endEventId: null,
      baseline: null,
      integrity: null,
      serviceEntries: [],
      observation: null,
      volumesAtEnd: null,
    };
    const ctx = contextOf(record, deps.registryOf);
    const w: Watch = { record, obs: startObservation(s0, record.startSeq, ctx), ctx, lastState: s0, checking: null };
    store.insert(record, s0);
    // Watched from here on, so nothing committed while the baseline is recorded is missed.
    watcher.watch(w);
    try {
      await deps.registrySettled();
      const report = await deps.verifyImages();
      record.baseline = baselineOf(
        report,
        isoOf(s0.clock.startEpochMs, runtime.state().clock.now),
        deps.registryVolume(),
      );
      watcher.addEntry(w, {
        lane: 'registry',
        severity: 'info',
        typeId: DRILL_ENTRY.baselineRecorded,
        message: baselineMessage(record.baseline, report),
        objects: [],
      });
      store.update(record);
      await runTask(runtime, faultCommand(fault), caller);
    } catch (error) {
      // No fault, no drill: a refusal (host already off) or a registry error leaves nothing behind.
      watcher.unwatch(record.id);
      store.remove(record.id);
      throw error;
    }
    record.status = 'running';
    store.update(record);
    announceDrills();
    watcher.react(w);
    return toDrill(record, w.obs);
  }

  async function recover(id: string, caller: Caller): Promise<Drill> {
    const { record, watch } = find(id);
    if (!watch) throw new AppError('conflict', `Drill ${id} has ended: there is nothing left to recover`);
    if (!isRecoverable(record, watch.obs)) {
      throw new AppError(
        'conflict',
        !watch.obs.faultActive
          ? `The fault of drill ${id} is already put right`
          : `Drill ${id} is still ${record.status}: recover once Harbor is back (recovered) or the drill has failed`,
      );
    }
    await runTask(runtime, recoverCommand(record.fault), caller);
    return toDrill(record, watch.obs);
  }

  function report(id: string): DrillReport {
    const { record, watch } = find(id);
    const names = record.preflight.objects.filter((o) => o.kind === 'volume').map((o) => o.name);
    return { drill: drillOf(record, watch), volumes: record.volumesAtEnd ?? volumePlacement(runtime.state(), names) };
  }

  function replay(id: string): DrillReplay {
    const { record } = find(id);
    const endSeq = record.endSeq ?? deps.log.latestSeq();
    const key = `${id}@${endSeq}`;
    const cached = replays.get(key);
    if (cached) return cached;
    const startState = store.startState(id);
    if (!startState) throw new AppError('internal', `Drill ${id} has no start state`);
    const endEventId = record.endEventId ?? deps.log.latestEventId();
    const result = replayDrill(
      record,
      startState,
      deps.log.commandsAfter(record.startSeq, endSeq - record.startSeq),
      deps.log.eventsAfter(record.startEventId, endEventId - record.startEventId),
      contextOf(record, deps.registryOf),
    );
    if (replays.size >= REPLAYS_KEPT) replays.delete(replays.keys().next().value as string);
    replays.set(key, result);
    return result;
  }

  function liveFrame(drillId?: string): DrillFrame {
    const s = runtime.state();
    if (drillId === undefined) {
      return frameOf(s, { vmId: s.harbor.vmId, faultAt: null, watched: harborWatched(s), timelineCount: 0 });
    }
    const { record, watch } = find(drillId);
    const drill = drillOf(record, watch);
    const faultAt = (watch?.obs ?? record.observation)?.faultAt ?? null;
    return frameOf(s, {
      vmId: record.vmId,
      faultAt,
      watched: watchedOf(record.preflight),
      timelineCount: drill.timeline.length,
    });
  }

  return {
    preflight: async (fault) => preflight(fault),
    create,
    list: async () => ({
      items: store.list().map((stored) => {
        const watch = watcher.get(stored.id);
        return toSummary(drillOf(watch?.record ?? stored, watch));
      }),
    }),
    get: async (id) => {
      const { record, watch } = find(id);
      return drillOf(record, watch);
    },
    recover,
    report: async (id) => report(id),
    reportMarkdown: async (id) => renderDrillReport(report(id)),
    replay: async (id) => replay(id),
    liveFrame: async (drillId) => liveFrame(drillId),
    settled: () => watcher.settled(),
    close() {
      unsubscribe();
      store.close();
    },
  };
}
