import type { Router } from 'express';

import type { AppDeps } from '../deps';
import type { DrillApi } from '../drills/drill-service';
import { AppError } from '../errors/app-error';

import { route } from './define-route';

function drillsOf(deps: Pick<AppDeps, 'drills'>): DrillApi {
  if (!deps.drills) throw new AppError('service_unavailable', 'Failover drills need the embedded twin');
  return deps.drills;
}

/** Failover drills (issue #7): preflight, inject, watch, recover, report, replay, and the live topology frame. */
export function registerDrillRoutes(router: Router, deps: Pick<AppDeps, 'drills'>): void {
  route(router, 'drills.preflight', ({ body }) => drillsOf(deps).preflight(body.fault));
  route(router, 'drills.create', ({ body, caller }) => drillsOf(deps).create(body, caller));
  route(router, 'drills.list', () => drillsOf(deps).list());
  route(router, 'drills.get', ({ params }) => drillsOf(deps).get(params.id));
  // The body is checked (empty or {}) but carries nothing yet.
  route(router, 'drills.recover', ({ params, caller }) => drillsOf(deps).recover(params.id, caller));
  route(router, 'drills.report', async ({ params: { id }, query, res }) => {
    if (query.format === 'json') return drillsOf(deps).report(id);
    // attachment() sets a type from the extension, so the type comes after it.
    const text = await drillsOf(deps).reportMarkdown(id);
    res.attachment(`harborview-${id}.md`).type('text/markdown; charset=utf-8').send(text);
    return undefined;
  });
  route(router, 'drills.replay', ({ params }) => drillsOf(deps).replay(params.id));
  route(router, 'failover.topology', ({ query }) => drillsOf(deps).liveFrame(query.drillId));
}
