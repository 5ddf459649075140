/**
 * `harborTick`: Harbor's containers follow their VM. A power-off stops them all as a power loss; once the guest has
 * booted again dockerd restores every `restart: always` container in depends_on order, a few tenths of a second
 * apart, and the log-first race (harbor.md §1 Known failure mode) plays out. Due starts and restarts fire in time order.
 */
import type { EntityRef } from '../tasks/entity';
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after, seconds } from '../tasks/time';

import { attemptStart } from './container-start';
import { containersStoppedEvent } from './harbor-events';
import type { ContainerState, HarborState } from './harbor-state';
import { refreshHealth } from './health';
import { startOrder } from './layouts';

/** What `harborTick` reads from the rest of the twin. */
export interface HarborContext {
  now: TwinTime;
  /** The Docker VM is powered on. */
  vmRunning: boolean;
  /** When the guest OS finished its current boot; null before the first boot is known. */
  guestBootedAt: TwinTime | null;
  /** The named volume can be mounted and used by this VM now (vSAN object accessible, not attached elsewhere). */
  volumeAccessible: (name: string) => boolean;
}

/** What `harborTick` returns. */
export interface HarborResult {
  state: HarborState;
  events: EventDraft[];
}

// Containers killed with their VM show a non-zero exit after the next boot; the twin uses 255 [U].
/** Exit code recorded for a container that was running when its VM lost power. */
export const POWER_LOSS_EXIT_CODE = 255;

/** The Harbor instance as an event object. */
export function harborRef(state: HarborState): EntityRef {
  return { type: 'Harbor', id: 'harbor', name: `Harbor ${state.layout.harborVersion}` };
}

/** Advances Harbor's containers to `ctx.now`. */
export function harborTick(state: HarborState, ctx: HarborContext): HarborResult {
  if (!ctx.vmRunning) return powerLoss(state, ctx.now);
  let s = scheduleRestore(state, ctx);
  const events: EventDraft[] = [];
  for (;;) {
    const due = nextDue(s, ctx.now);
    if (due === null) break;
    const step = attemptStart(s, due.at, due.service, ctx);
    s = step.state;
    events.push(...step.events);
  }
  return { state: refreshHealth(s, ctx), events };
}

function powerLoss(state: HarborState, now: TwinTime): HarborResult {
  if (state.awaitingBoot) return { state, events: [] };
  const live = (c: ContainerState): boolean => c.status === 'running' || c.status === 'restarting';
  const stopped = state.containers.filter(live).length;
  const containers = state.containers.map((c) => ({
    ...c,
    ...(live(c) ? { status: 'exited' as const, exitCode: POWER_LOSS_EXIT_CODE, finishedAt: now } : {}),
    pendingStartAt: null,
    nextRestartAt: null,
  }));
  const next: HarborState = {
    ...state,
    containers,
    logListeningAt: null,
    awaitingBoot: true,
    lastPowerLossAt: now,
    health: null,
  };
  return { state: next, events: stopped > 0 ? [containersStoppedEvent(now, harborRef(state), stopped)] : [] };
}

function scheduleRestore(state: HarborState, ctx: HarborContext): HarborState {
  const booted = ctx.guestBootedAt;
  if (!state.awaitingBoot || booted === null || (state.lastPowerLossAt !== null && booted < state.lastPowerLossAt))
    return state;
  // dockerd starts restart-policy containers when it comes up, here in depends_on order (the task's model).
  const restoreAt = after(booted, state.timings.dockerdStart);
  const restored = startOrder(state.layout).filter((s) => s.restart === 'always' || s.restart === 'unless-stopped');
  const startAt = (service: string): TwinTime | null => {
    const i = restored.findIndex((s) => s.name === service);
    return i < 0 ? null : after(restoreAt, seconds(i * state.timings.startStagger));
  };
  return {
    ...state,
    awaitingBoot: false,
    containers: state.containers.map((c) => ({ ...c, pendingStartAt: startAt(c.service) })),
  };
}

function nextDue(state: HarborState, now: TwinTime): { at: TwinTime; service: string } | null {
  const order = startOrder(state.layout).map((s) => s.name);
  let best: { at: TwinTime; service: string; rank: number } | null = null;
  for (const c of state.containers) {
    const at = c.pendingStartAt ?? c.nextRestartAt;
    if (at === null || at > now) continue;
    const rank = order.indexOf(c.service);
    if (best === null || at < best.at || (at === best.at && rank < best.rank)) best = { at, service: c.service, rank };
  }
  return best === null ? null : { at: best.at, service: best.service };
}
