import { createHash } from 'node:crypto';

import type { DrillFrame, DrillReplay } from '@harborview/contracts/drills';
import type { StreamMessage } from '@harborview/contracts/stream';
import type { Observation, ObserveContext } from '@harborview/twin/drill';
import { buildTimeline, frameOf, observe, sameFrame, secondsBetween, startObservation } from '@harborview/twin/drill';
import type { TwinState } from '@harborview/twin/engine';

import type { StoredCommand, StoredEvent } from '../store/types';
import type { LoggedCommand } from '../twin-runtime/twin-engine';
import { createTwinEngine } from '../twin-runtime/twin-engine';

import type { DrillRecord } from './drill-types';

/** Canonical JSON (keys sorted), so a hash does not depend on the order an object's keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 over the twin events (`twin.event` messages) in order. */
export function hashEvents(messages: readonly StreamMessage[]): string {
  const hash = createHash('sha256');
  for (const m of messages) if (m.type === 'twin.event') hash.update(`${canonical(m.event)}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** The recorded side: the live run's events as the command log stored them. */
export function recordedHash(events: readonly StoredEvent<StreamMessage>[]): string {
  return hashEvents(events.map((e) => e.event));
}

/**
 * Re-runs the drill's commands from its start state in a fresh engine (never the live twin), folding each state
 * into a new observation. `onState` sees every state, for frames. Deterministic: same start, same commands, same
 * observation and messages.
 */
export function refold(
  startState: TwinState,
  commands: readonly StoredCommand<LoggedCommand>[],
  startSeq: number,
  ctx: ObserveContext,
  onState?: (s: TwinState, obs: Observation) => void,
): { obs: Observation; state: TwinState; messages: StreamMessage[] } {
  // Replay never builds a scenario of its own: it starts from the recorded state.
  const engine = createTwinEngine(() => {
    throw new Error('a drill replay starts from its recorded state');
  });
  let state = startState;
  let obs = startObservation(state, startSeq, ctx);
  onState?.(state, obs);
  const messages: StreamMessage[] = [];
  for (const row of commands) {
    const out = engine.apply(state, row.command);
    if (!out.changed) continue;
    messages.push(...out.messages);
    obs = observe(obs, state, out.state, row.seq, ctx);
    state = out.state;
    onState?.(state, obs);
  }
  return { obs, state, messages };
}

/** Timeline entries shown up to an instant: observed ones so far plus the service's own placed among them. */
function timelineCountAt(record: DrillRecord, obs: Observation): number {
  const n = obs.entries.length;
  return n + record.serviceEntries.filter((e) => e.afterEntries <= n && e.time <= obs.now).length;
}

/** `GET /api/drills/:id/replay`: frames whenever the picture changes, the timeline, and both event hashes. */
export function replayDrill(
  record: DrillRecord,
  startState: TwinState,
  commands: readonly StoredCommand<LoggedCommand>[],
  recordedEvents: readonly StoredEvent<StreamMessage>[],
  ctx: ObserveContext,
): DrillReplay {
  const frames: { frame: DrillFrame; time: number }[] = [];
  const { obs, messages } = refold(startState, commands, record.startSeq, ctx, (s, o) => {
    if (o.reset) return; // a reset ended the drill: the new scenario is not part of it
    const frame = frameOf(s, {
      vmId: record.vmId,
      faultAt: o.faultAt,
      watched: ctx.watched,
      timelineCount: timelineCountAt(record, o),
    });
    const last = frames[frames.length - 1];
    if (!last || !sameFrame(last.frame, frame)) frames.push({ frame, time: s.clock.now });
  });
  // Frames taken before the fault could not know its instant: every offset is restated against it.
  const origin = obs.faultAt ?? obs.samples[0]?.time ?? 0;
  const restated = frames.map(({ frame, time }) => ({ ...frame, tSeconds: secondsBetween(origin, time) }));
  return {
    drillId: record.id,
    eventsHash: hashEvents(messages),
    recordedEventsHash: recordedHash(recordedEvents),
    durationSeconds: Math.max(0, secondsBetween(origin, obs.now)),
    timeline: buildTimeline(obs.entries, record.serviceEntries, obs.faultAt, obs.epochMs),
    frames: restated,
  };
}
