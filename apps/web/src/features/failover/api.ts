import { ClockSchema } from '@harborview/contracts/clock';
import type { Clock, PutClockBody } from '@harborview/contracts/clock';
import {
  DrillFrameSchema,
  DrillListSchema,
  DrillPreflightSchema,
  DrillReplaySchema,
  DrillSchema,
} from '@harborview/contracts/drills';
import type { CreateDrillBody, Drill, DrillFault } from '@harborview/contracts/drills';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

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

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

/** `GET /api/drills`: past and running drills, newest first. */
export const drillListQueryOptions = () =>
  queryOptions({
    queryKey: drillKeys.list(),
    queryFn: ({ signal }) => request(DrillListSchema, API_ROUTES.drills, { signal }),
    select: (list) => list.items,
  });

/**
 * `GET /api/drills/:id`: one drill with its timeline, stopwatch, samples, integrity and resync. No polling: the stream
 * names `drills` when a verdict lands in wall time, and the twin's kinds for everything else it watches (`live.ts`).
 */
export const drillQueryOptions = (id: string) =>
  queryOptions({
    queryKey: drillKeys.detail(id),
    queryFn: ({ signal }) => request(DrillSchema, API_ROUTES.drill(id), { signal }),
  });

/** `GET /api/failover/topology?drillId=`: the live twin as one frame (hosts, disks, components, VM, Harbor). */
export const topologyQueryOptions = (drillId: string | null) =>
  queryOptions({
    queryKey: drillKeys.topology(drillId),
    queryFn: ({ signal }) => request(DrillFrameSchema, API_ROUTES.failoverTopology(drillId), { signal }),
  });

/** `POST /api/drills/preflight`: what the fault would do, without touching the twin (so it is safe to refetch). */
export const preflightQueryOptions = (fault: DrillFault | null) =>
  queryOptions({
    queryKey: drillKeys.preflight(fault),
    queryFn: ({ signal }) => request(DrillPreflightSchema, API_ROUTES.drillPreflight, { ...post({ fault }), signal }),
    enabled: fault !== null,
  });

/** `GET /api/drills/:id/replay`: the recorded drill re-run off the live twin; the frames never change. */
export const replayQueryOptions = (id: string) =>
  queryOptions({
    queryKey: drillKeys.replay(id),
    queryFn: ({ signal }) => request(DrillReplaySchema, API_ROUTES.drillReplay(id), { signal }),
    staleTime: Infinity,
  });

/** `POST /api/drills`: injects the fault. A fault that takes something down must repeat `preflight.goesDown`. */
export function createDrill(body: CreateDrillBody): Promise<Drill> {
  return request(DrillSchema, API_ROUTES.drills, post(body));
}

/** `POST /api/drills/:id/recover`: puts the fault right (host on, disk replaced, network back). */
export function recoverDrill(id: string): Promise<Drill> {
  return request(DrillSchema, API_ROUTES.drillRecover(id), post({}));
}

/** `PUT /api/twin/clock`: speed (1×, 10×, 60×) or pause. */
export function setClock(body: PutClockBody): Promise<Clock> {
  return request(ClockSchema, API_ROUTES.twinClock, { method: 'PUT', body: JSON.stringify(body) });
}

/** `POST /api/twin/clock/advance {"to":"repair-timer-end"}`: jump to the moment the repair timer runs out. */
export function skipToRepairTimerEnd(): Promise<Clock> {
  return request(ClockSchema, API_ROUTES.twinClockAdvance, post({ to: 'repair-timer-end' }));
}
