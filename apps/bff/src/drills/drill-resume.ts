import type { StreamMessage } from '@harborview/contracts/stream';
import type { ObserveContext } from '@harborview/twin/drill';
import { isoOf } from '@harborview/twin/drill';
import type { TwinState } from '@harborview/twin/engine';

import type { Store } from '../store/types';
import type { LoggedCommand } from '../twin-runtime/twin-engine';

import { contextOf } from './drill-context';
import type { DrillStore } from './drill-store';
import type { Watch, Watcher } from './drill-watcher';
import { refold } from './replay';

/**
 * Drills that were being watched when the BFF stopped (a SIGKILL included): what they saw is rebuilt from their
 * start state and the command log, then they are watched again. One stopped between its record and its fault
 * never started: it is closed as failed.
 */
export function resumeDrills(
  store: DrillStore,
  watcher: Watcher,
  log: Pick<Store<LoggedCommand, TwinState, StreamMessage>, 'latestSeq' | 'latestEventId' | 'commandsAfter'>,
  registryOf: ObserveContext['registryOf'],
): void {
  for (const record of store.list().filter((r) => r.endSeq === null)) {
    const startState = store.startState(record.id);
    if (!startState) continue;
    const ctx = contextOf(record, registryOf);
    const { obs, state } = refold(startState, log.commandsAfter(record.startSeq), record.startSeq, ctx);
    if (record.status === 'preflight' && obs.faultAt === null) {
      record.status = 'failed';
      record.failure = 'the console stopped before the fault was injected';
      record.endedAt = isoOf(obs.epochMs, obs.now);
      record.endSeq = log.latestSeq();
      record.endEventId = log.latestEventId();
      record.observation = obs;
      store.update(record);
      continue;
    }
    if (record.status === 'preflight') record.status = 'running';
    store.update(record);
    const w: Watch = { record, obs, ctx, lastState: state, checking: null };
    watcher.watch(w);
    watcher.react(w);
  }
}
