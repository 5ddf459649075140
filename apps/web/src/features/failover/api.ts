import type { AdvanceClockBody, Clock, PutClockBody } from '@harborview/contracts/clock';
import type { CreateDrillBody, Drill, DrillFault, DrillPreflight } from '@harborview/contracts/drills';
import { queryOptions, skipToken } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { listQueryOptions } from '../../shared/lib/route-query';

/**
 * Query keys of the failover slice. Everything under `live` follows the twin (the stream marks it stale); a replay
 * is computed once from the recorded drill and never changes, so it sits outside `live`.
 */
export const drillKeys = {
  all: ['drills'] as const,
  live: () => [...drillKeys.all, 'live'] as const,
  list: () => [...drillKeys.live(), 'list'] as const,
  detail: (id: string) => [...drillKeys.live(), 'detail', id] as const,
  topology: (drillId: string | null) => [...drillKeys.live(), 'topology', drillId] as const,
  preflight: (fault: DrillFault | null) => [...drillKeys.live(), 'preflight', fault] as const,
  replay: (id: string) => [...drillKeys.all, 'replay', id] as const,
};

/** `GET /api/drills`: past and running drills, newest first. */
export const drillListQueryOptions = () => listQueryOptions(drillKeys.list(), 'drills.list');

/**
 * `GET /api/drills/:id`: one drill with its timeline, stopwatch, samples, integrity and resync. No polling: the stream
 * names `drills` when a verdict lands in wall time, and the twin's kinds for everything else it watches (`live.ts`).
 */
export const drillQueryOptions = (id: string) =>
  queryOptions({
    queryKey: drillKeys.detail(id),
    queryFn: ({ signal }) => fetchDrill(id, signal),
  });

/** `GET /api/failover/topology?drillId=`: the live twin as one frame (hosts, disks, components, VM, Harbor). */
export const topologyQueryOptions = (drillId: string | null) =>
  queryOptions({
    queryKey: drillKeys.topology(drillId),
    queryFn: ({ signal }) => callApi('failover.topology', { query: { drillId: drillId ?? undefined }, signal }),
  });

/** `POST /api/drills/preflight`: what the fault would do, without touching the twin (so it is safe to refetch). */
export const preflightQueryOptions = (fault: DrillFault | null) =>
  queryOptions({
    queryKey: drillKeys.preflight(fault),
    queryFn: fault ? ({ signal }) => fetchPreflight(fault, signal) : skipToken,
    enabled: fault !== null,
  });

/** `GET /api/drills/:id/replay`: the recorded drill re-run off the live twin; the frames never change. */
export const replayQueryOptions = (id: string) =>
  queryOptions({
    queryKey: drillKeys.replay(id),
    queryFn: ({ signal }) => callApi('drills.replay', { params: { id }, signal }),
    staleTime: Infinity,
  });

/** `POST /api/drills`: injects the fault. A fault that takes something down must repeat `preflight.goesDown`. */
export function createDrill(body: CreateDrillBody): Promise<Drill> {
  return callApi('drills.create', { body });
}

/** `POST /api/drills/:id/recover`: puts the fault right (host on, disk replaced, network back). */
export function recoverDrill(id: string): Promise<Drill> {
  return callApi('drills.recover', { params: { id }, body: {} });
}

/** `PUT /api/twin/clock`: speed (1×, 10×, 60×) or pause. */
export function setClock(body: PutClockBody): Promise<Clock> {
  return callApi('twin.setClock', { body });
}

/** `POST /api/twin/clock/advance {"to":"repair-timer-end"}`: jump to the moment the repair timer runs out. */
export function skipToRepairTimerEnd(): Promise<Clock> {
  return advanceClock({ to: 'repair-timer-end' });
}

/** `POST /api/twin/clock/advance`: by some seconds, or to the end of the repair timer. */
export function advanceClock(body: AdvanceClockBody): Promise<Clock> {
  return callApi('twin.advanceClock', { body });
}

/** `GET /api/drills/:id`, for the query below and the presenter's beats. */
export function fetchDrill(id: string, signal?: AbortSignal): Promise<Drill> {
  return callApi('drills.get', { params: { id }, signal });
}

/** `POST /api/drills/preflight`, for the query below and the presenter's beats. */
export function fetchPreflight(fault: DrillFault, signal?: AbortSignal): Promise<DrillPreflight> {
  return callApi('drills.preflight', { body: { fault }, signal });
}
