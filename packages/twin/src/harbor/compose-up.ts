/**
 * The operator's `docker-compose up -d [service…]` (or `start`): starts the named services and what they depend on,
 * dependencies first, skipping containers already running. It is how the Exit 128 fault is fixed: `up -d log`, then
 * `up -d` once log listens (harbor.md §1 Known failure mode, workaround).
 */
import type { EventDraft } from '../tasks/events';
import type { TwinTime } from '../tasks/time';
import { after, seconds } from '../tasks/time';

import type { HarborState } from './harbor-state';
import { startOrder } from './layouts';

function withDependencies(state: HarborState, services: readonly string[]): Set<string> {
  const wanted = new Set<string>();
  const visit = (name: string): void => {
    if (wanted.has(name)) return;
    const spec = state.layout.services.find((s) => s.name === name);
    if (spec === undefined) return;
    wanted.add(name);
    spec.dependsOn.forEach(visit);
  };
  services.forEach(visit);
  return wanted;
}

/** Schedules starts from `now`, one stagger apart; all services when `services` is omitted. No-op while the VM is down. */
export function composeUp(
  state: HarborState,
  now: TwinTime,
  input: { services?: string[] } = {},
): { state: HarborState; events: EventDraft[] } {
  if (state.awaitingBoot) return { state, events: [] };
  const wanted = withDependencies(state, input.services ?? state.layout.services.map((s) => s.name));
  const toStart = startOrder(state.layout)
    .map((s) => s.name)
    .filter((name) => {
      const c = state.containers.find((x) => x.service === name);
      return (
        wanted.has(name) &&
        c !== undefined &&
        (c.status === 'exited' || c.status === 'created') &&
        c.pendingStartAt === null
      );
    });
  const containers = state.containers.map((c) => {
    const i = toStart.indexOf(c.service);
    return i < 0 ? c : { ...c, pendingStartAt: after(now, seconds(i * state.timings.startStagger)) };
  });
  return { state: { ...state, containers }, events: [] };
}
