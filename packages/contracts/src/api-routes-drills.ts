import type { RouteSpec } from './api-spec';
import { ok } from './api-routes-infra';
import {
  CreateDrillBodySchema,
  DrillFrameSchema,
  DrillListSchema,
  DrillPreflightBodySchema,
  DrillPreflightSchema,
  DrillReplaySchema,
  DrillReportQuerySchema,
  DrillReportSchema,
  DrillSchema,
  LiveFrameQuerySchema,
  RecoverDrillBodySchema,
} from './drills';

const accepted = { 202: { description: 'Accepted: the drill as it stands', schema: DrillSchema } };

/** Failover drills (issue #7): preflight, inject a fault, watch it, recover, report, replay. */
export const DRILL_ROUTES: RouteSpec[] = [
  {
    method: 'post',
    path: '/api/drills/preflight',
    summary: 'What a fault would do, computed on a copy of the twin (dry run)',
    tag: 'drills',
    readOnly: true,
    body: DrillPreflightBodySchema,
    responses: ok(DrillPreflightSchema),
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/api/drills',
    summary: 'Start a drill: record the baseline, inject the fault (409 confirmation_required names what goes down)',
    tag: 'drills',
    body: CreateDrillBodySchema,
    responses: accepted,
    errors: [400, 404, 409, 503],
  },
  {
    method: 'get',
    path: '/api/drills',
    summary: 'Every drill, newest first',
    tag: 'drills',
    responses: ok(DrillListSchema),
    errors: [],
  },
  {
    method: 'get',
    path: '/api/drills/:id',
    summary: 'One drill: status, preflight, timeline, stopwatch, samples, integrity, resync',
    tag: 'drills',
    responses: ok(DrillSchema),
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/drills/:id/recover',
    summary: 'Put the fault right: power the host on, replace the disk or reconnect the host (task)',
    tag: 'drills',
    body: RecoverDrillBodySchema,
    responses: accepted,
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/api/drills/:id/report',
    summary: 'The drill report (?format=md Markdown, ?format=json)',
    tag: 'drills',
    query: DrillReportQuerySchema,
    responses: { 200: { description: 'The report (JSON) or text/markdown', schema: DrillReportSchema } },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/drills/:id/replay',
    summary: 'The drill re-run from its recorded start in a separate engine: timeline, frames, event hashes',
    tag: 'drills',
    responses: ok(DrillReplaySchema),
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/failover/topology',
    summary: "The live twin as one topology frame (?drillId= draws that drill's objects)",
    tag: 'drills',
    query: LiveFrameQuerySchema,
    responses: ok(DrillFrameSchema),
    errors: [400, 404],
  },
];
