import type { DrillIntegrity } from '@harborview/contracts/drills';
import type { VerifyResult } from '@harborview/contracts/harbor';
import type { DrillStep, Observation, ObserveContext, ObservedEntry } from '@harborview/twin/drill';
import {
  DRILL_ENTRY,
  FAILOVER_DEADLINE_SECONDS,
  harborVolumeOutages,
  isoOf,
  nextStep,
  observe,
  volumePlacement,
  whyHarborIsDown,
} from '@harborview/twin/drill';
import type { TwinState } from '@harborview/twin/engine';

import type { DrillStore } from './drill-store';
import type { DrillRecord } from './drill-types';
import { judgeIntegrity } from './integrity';

/** Where a service entry goes: its twin time and how many observed entries precede it. */
interface EntryPlace {
  time: number;
  afterEntries: number;
}

/** A drill being watched: its record, what it has seen so far, and the integrity check in flight. */
export interface Watch {
  record: DrillRecord;
  obs: Observation;
  ctx: ObserveContext;
  /** The last state folded in (kept in memory only: a restart rebuilds it by replay). */
  lastState: TwinState;
  checking: Promise<void> | null;
}

export interface WatcherDeps {
  store: DrillStore;
  state: () => TwinState;
  /** The command log's position: the seq of the state just committed, and the last event id. */
  latestSeq: () => number;
  latestEventId: () => number;
  /** The real registry, fetched back and re-hashed (`POST /api/harbor/verify`). */
  verifyImages: () => Promise<VerifyResult>;
  /** Resolves once the real registry process matches the twin. */
  registrySettled: () => Promise<void>;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** A drill's stored view changed outside a twin commit (a verdict, the end): the stream is told `drills`. */
  changed: () => void;
}

export interface Watcher {
  watch(w: Watch): void;
  unwatch(id: string): void;
  get(id: string): Watch | undefined;
  all(): Watch[];
  /** Folds a committed state into every watched drill (the runtime's onCommitted listener). */
  onCommitted(s: TwinState): void;
  /** Adds one of the service's own entries (baseline, verification), at the current twin time unless `at` says. */
  addEntry(w: Watch, entry: Omit<ObservedEntry, 'time'>, at?: EntryPlace): void;
  /** Runs the next step the rules call for, if any. */
  react(w: Watch): void;
  settled(): Promise<void>;
}

/** Follows the running drills: folds every committed state, then runs the checks the rules call for. */
export function createWatcher(deps: WatcherDeps): Watcher {
  const watches = new Map<string, Watch>();
  const now = (): number => deps.state().clock.now;
  const iso = (w: Watch): string => isoOf(w.obs.epochMs, now());

  const here = (w: Watch): EntryPlace => ({ time: now(), afterEntries: w.obs.entries.length });

  function addEntry(w: Watch, entry: Omit<ObservedEntry, 'time'>, at: EntryPlace = here(w)): void {
    w.record.serviceEntries.push({ ...entry, ...at });
  }

  /** Stops watching: the record keeps the final observation and each volume's placement. */
  function close(w: Watch): void {
    const s = deps.state();
    w.record.endSeq = deps.latestSeq();
    w.record.endEventId = deps.latestEventId();
    w.record.observation = w.obs;
    w.record.volumesAtEnd = w.obs.reset
      ? null
      : volumePlacement(
          s,
          w.record.preflight.objects.filter((o) => o.kind === 'volume').map((o) => o.name),
        );
    watches.delete(w.record.id);
    deps.store.update(w.record);
    deps.changed();
  }

  function fail(w: Watch, failure: string): void {
    w.record.status = 'failed';
    w.record.failure = failure;
    w.record.endedAt = iso(w);
    addEntry(w, {
      lane: 'harbor',
      severity: 'error',
      typeId: DRILL_ENTRY.failed,
      message: `drill failed: ${failure}`,
      objects: [],
    });
  }

  function verifiedEntry(w: Watch, integrity: DrillIntegrity, after: string, at: EntryPlace): void {
    addEntry(
      w,
      {
        lane: 'registry',
        severity: integrity.verdict === 'intact' ? 'info' : 'error',
        typeId: DRILL_ENTRY.verified,
        message: `verified ${after}: ${integrity.summary}`,
        objects: [],
      },
      at,
    );
  }

  async function check(w: Watch, step: Exclude<DrillStep, 'abandon' | null>): Promise<void> {
    // Stamped when the check was called for: the registry is asked about that instant, however long it takes.
    const asked = here(w);
    await deps.registrySettled();
    const report = await deps.verifyImages();
    const s = deps.state();
    const { record } = w;
    if (record.baseline === null) return; // the console stopped before the baseline was saved: nothing to compare
    const integrity = judgeIntegrity(record.baseline, report, isoOf(w.obs.epochMs, asked.time), harborVolumeOutages(s));
    if (step === 'verify-recovery') {
      const recheck = { checkedAt: integrity.checkedAt!, verdict: integrity.verdict!, summary: integrity.summary };
      verifiedEntry(w, integrity, 'after recovery', asked);
      if (record.status === 'recovered') {
        record.integrity = { ...integrity, recheck };
        record.status = integrity.verdict === 'intact' ? 'completed' : 'failed';
        if (record.status === 'failed') record.failure = `the data did not survive the recovery: ${integrity.summary}`;
        record.endedAt = iso(w);
      } else if (record.integrity) {
        record.integrity = { ...record.integrity, recheck };
      }
      close(w);
      return;
    }
    record.integrity = integrity;
    verifiedEntry(w, integrity, 'after the failover', asked);
    if (step === 'verify-failover' && integrity.verdict === 'intact') {
      record.status = 'recovered';
    } else if (step === 'verify-failover') {
      fail(w, `Harbor came back but its data is not intact: ${integrity.summary}`);
    } else {
      const why = whyHarborIsDown(s).join('; ') || 'its health check fails';
      const when = w.obs.haGaveUp
        ? 'vSphere HA stopped trying to restart its VM'
        : `Harbor was not healthy ${FAILOVER_DEADLINE_SECONDS / 60} minutes after the fault`;
      fail(w, `${when}: ${why}`);
    }
    deps.store.update(record);
    deps.changed();
  }

  function react(w: Watch): void {
    if (w.checking || !watches.has(w.record.id)) return;
    const step = nextStep(w.record.status, w.obs);
    if (step === null) return;
    if (step === 'abandon') {
      if (w.record.status !== 'completed' && w.record.status !== 'failed')
        fail(w, 'the twin was reset during the drill');
      close(w);
      return;
    }
    w.checking = check(w, step).then(
      () => {
        w.checking = null;
        react(w); // the twin may have moved on while the registry was asked
      },
      (error: unknown) => {
        // Tried again on the next committed state, not at once: a registry that keeps failing must not spin.
        w.checking = null;
        deps.log('drill integrity check failed', { drill: w.record.id, error: String(error) });
      },
    );
  }

  return {
    watch(w) {
      watches.set(w.record.id, w);
    },
    unwatch(id) {
      watches.delete(id);
    },
    get: (id) => watches.get(id),
    all: () => [...watches.values()],
    onCommitted(s) {
      if (watches.size === 0) return;
      const seq = deps.latestSeq();
      for (const w of [...watches.values()]) {
        w.obs = observe(w.obs, w.lastState, s, seq, w.ctx);
        w.lastState = s;
        react(w);
      }
    },
    addEntry,
    react,
    async settled() {
      for (;;) {
        const pending = [...watches.values()].map((w) => w.checking).filter((p) => p !== null);
        if (pending.length === 0) return;
        await Promise.all(pending);
      }
    },
  };
}
