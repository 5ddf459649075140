import { clusterSummary } from '../engine/queries/cluster';
import type { HarborView } from '../engine/queries/harbor';
import { harborView } from '../engine/queries/harbor';
import { resyncView } from '../engine/queries/resync';
import type { TwinState } from '../engine/state';

import { faultActive } from './drill-fault';
import { everyComponentActive, firstStatesWhere, objectStanding, repairTimerEnd } from './drill-watch';
import type { Observation, ObservedEntry, ObservedSample } from './observation';
import type { ObserveContext } from './observe-entries';
import { eventEntry, harborEntry, objectEntry, registryEntry, resyncedEntry, standingKey } from './observe-entries';

const HA_GAVE_UP = 'vim.event.VmMaxRestartCountReached';

/** What changed in a step, to be stamped with the instant it happened inside the step. */
interface Flip {
  holds: (x: TwinState) => boolean;
  entry: (at: TwinState) => ObservedEntry;
}

const sampleKey = ({ time: _time, ...rest }: ObservedSample): string => JSON.stringify(rest);

function sampleOf(s: TwinState, objectHealth: Record<string, number>, view: HarborView, resyncLeft: number) {
  const healthy = view.services.filter((svc) => svc.healthy).length;
  return {
    time: s.clock.now,
    objectHealth,
    harborHealthy: healthy,
    harborUnhealthy: view.services.length - healthy,
    resyncBytesLeft: resyncLeft,
  };
}

/** The cluster-wide figures; the costly part of watching at 10,000 volumes, so only taken when vSAN moved. */
function vsanFigures(
  s: TwinState,
): Pick<Observation, 'resyncLeft' | 'repairTimer'> & { health: Record<string, number> } {
  const summary = clusterSummary(s);
  return {
    health: { ...summary.objectHealth } as Record<string, number>,
    resyncLeft: resyncView(s).bytesLeft,
    repairTimer: { endsAt: repairTimerEnd(s), outcome: summary.repairTimer.outcome },
  };
}

const vmOf = (s: TwinState, ctx: ObserveContext) => s.topology.vms.find((vm) => vm.id === ctx.vmId);

/** The observation at the drill's start state (before the fault): nothing logged yet, one chart point. */
export function startObservation(s: TwinState, seq: number, ctx: ObserveContext): Observation {
  const view = harborView(s);
  const objectKeys: Record<string, string> = {};
  for (const w of ctx.watched) {
    const o = objectStanding(s, w.objectUuid);
    if (o) objectKeys[w.objectUuid] = standingKey(o);
  }
  const figures = vsanFigures(s);
  return {
    epochMs: s.clock.startEpochMs,
    lastSeq: seq,
    nextEventId: s.events.nextId,
    now: s.clock.now,
    faultAt: null,
    faultActive: false,
    clearedAt: null,
    entries: [],
    samples: [sampleOf(s, figures.health, view, figures.resyncLeft)],
    harborHealthy: view.status === 'healthy',
    haGaveUp: false,
    objectKeys,
    registryRunning: ctx.registryOf(s, view).running,
    resyncedAt: null,
    resyncLeft: figures.resyncLeft,
    resyncPeak: 0,
    repairTimer: figures.repairTimer,
    vmHostNow: vmOf(s, ctx)?.hostId ?? null,
    reset: false,
  };
}

const resyncDone = (s: TwinState): boolean => resyncView(s).bytesLeft === 0 && everyComponentActive(s);

/**
 * Folds one committed state `s` (the one after `before`) into the observation: the twin's new events on their
 * lanes, plus entries for what changed (Harbor's health, each watched object, the registry process, the resync
 * finishing), each stamped with the instant it changed inside the step, and a chart point when a count moved.
 * Returns a new observation; the input is not changed.
 */
export function observe(
  prev: Observation,
  before: TwinState,
  s: TwinState,
  seq: number,
  ctx: ObserveContext,
): Observation {
  if (prev.reset) return prev;
  // A reset starts a new scenario: its event ids begin again below ours.
  if (s.events.nextId < prev.nextEventId) return { ...prev, lastSeq: seq, reset: true };
  const t = s.clock.now;
  const fresh = s.events.events.filter((e) => e.id >= prev.nextEventId);
  const added = fresh.map(eventEntry);
  const flips: Flip[] = [];
  const haGaveUp =
    prev.haGaveUp || fresh.some((e) => e.typeId === HA_GAVE_UP && e.objects.some((o) => o.id === ctx.vmId));

  const active = faultActive(s, ctx.fault);
  const justFaulted = prev.faultAt === null && active;
  const faultAt = justFaulted ? t : prev.faultAt;
  const clearedAt = faultAt !== null && !active && prev.clearedAt === null ? t : prev.clearedAt;

  const view = harborView(s);
  const healthy = view.status === 'healthy';
  if (healthy !== prev.harborHealthy || (justFaulted && healthy)) {
    flips.push({
      holds: (x) => (harborView(x).status === 'healthy') === healthy,
      entry: (at) => harborEntry(at.clock.now, at === s ? view : harborView(at), justFaulted),
    });
  }

  // Objects and cluster figures change only with vSAN, the hosts, the cluster settings, or a repair timer running out.
  const vsanMoved =
    s.vsan !== before.vsan ||
    s.topology.hosts !== before.topology.hosts ||
    s.topology.cluster !== before.topology.cluster ||
    (prev.repairTimer.endsAt !== null && t >= prev.repairTimer.endsAt);
  const objectKeys = vsanMoved ? { ...prev.objectKeys } : prev.objectKeys;
  const vm = { id: ctx.vmId, name: vmOf(s, ctx)?.name ?? ctx.vmId };
  for (const w of vsanMoved ? ctx.watched : []) {
    const o = objectStanding(s, w.objectUuid);
    if (o === null) continue; // a swap object between power loss and power-on
    const key = standingKey(o);
    if (objectKeys[w.objectUuid] !== key) {
      flips.push({
        holds: (x) => {
          const then = objectStanding(x, w.objectUuid);
          return then !== null && standingKey(then) === key;
        },
        entry: (at) => objectEntry(at.clock.now, w, o, vm),
      });
    }
    objectKeys[w.objectUuid] = key;
  }

  const registry = ctx.registryOf(s, view);
  if (registry.running !== prev.registryRunning) {
    flips.push({
      holds: (x) => ctx.registryOf(x, harborView(x)).running === registry.running,
      entry: (at) => registryEntry(at.clock.now, registry),
    });
  }

  const last = prev.samples[prev.samples.length - 1];
  const figures = vsanMoved
    ? vsanFigures(s)
    : { health: last?.objectHealth ?? {}, resyncLeft: prev.resyncLeft, repairTimer: prev.repairTimer };
  const resyncPeak = clearedAt === null ? 0 : Math.max(prev.resyncPeak, figures.resyncLeft);
  const resynced =
    prev.resyncedAt === null && clearedAt !== null && figures.resyncLeft === 0 && everyComponentActive(s);
  if (resynced) flips.push({ holds: resyncDone, entry: (at) => resyncedEntry(Math.max(clearedAt, at.clock.now)) });

  // When inside the step did each change happen? At `t` unless the step moved time: then one pass finds them all.
  const moved = before.clock.now < t && before.clock.now === prev.now;
  const at = moved
    ? firstStatesWhere(
        before,
        t,
        flips.map((f) => f.holds),
      )
    : flips.map(() => null);
  const flipped = flips.map((f, i) => f.entry(at[i] ?? s));
  added.push(...flipped);
  const resyncedAt = resynced ? flipped[flipped.length - 1]!.time : prev.resyncedAt;

  const sample = sampleOf(s, figures.health, view, figures.resyncLeft);
  const samples =
    justFaulted || !last || sampleKey(last) !== sampleKey(sample) ? [...prev.samples, sample] : prev.samples;
  return {
    ...prev,
    lastSeq: seq,
    nextEventId: s.events.nextId,
    now: t,
    faultAt,
    faultActive: active,
    clearedAt,
    // Stable by time: derived entries take their place among the step's own events.
    entries: added.length ? [...prev.entries, ...added.sort((a, b) => a.time - b.time)] : prev.entries,
    samples,
    harborHealthy: healthy,
    haGaveUp,
    objectKeys,
    registryRunning: registry.running,
    resyncedAt,
    resyncLeft: figures.resyncLeft,
    resyncPeak,
    repairTimer: figures.repairTimer,
    vmHostNow: vmOf(s, ctx)?.hostId ?? null,
  };
}
