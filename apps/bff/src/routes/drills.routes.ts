import {
  CreateDrillBodySchema,
  DrillPreflightBodySchema,
  DrillReportQuerySchema,
  LiveFrameQuerySchema,
  RecoverDrillBodySchema,
} from '@harborview/contracts/drills';
import type { Router } from 'express';

import type { AppDeps } from '../deps';
import type { DrillApi } from '../drills/drill-service';
import { AppError } from '../errors/app-error';

import { callerOf, pathParams } from './params';

function drillsOf(deps: AppDeps): DrillApi {
  if (!deps.drills) throw new AppError('service_unavailable', 'Failover drills need the embedded twin');
  return deps.drills;
}

/** Failover drills (issue #7): preflight, inject, watch, recover, report, replay, and the live topology frame. */
export function registerDrillRoutes(router: Router, deps: AppDeps): void {
  router.post('/drills/preflight', async (req, res) => {
    const { fault } = DrillPreflightBodySchema.parse(req.body);
    res.json(await drillsOf(deps).preflight(fault));
  });
  router.post('/drills', async (req, res) => {
    res.status(202).json(await drillsOf(deps).create(CreateDrillBodySchema.parse(req.body), callerOf(req)));
  });
  router.get('/drills', async (_req, res) => {
    res.json(await drillsOf(deps).list());
  });
  router.get('/drills/:id', async (req, res) => {
    res.json(await drillsOf(deps).get(pathParams(req, 'id').id));
  });
  router.post('/drills/:id/recover', async (req, res) => {
    const { id } = pathParams(req, 'id');
    RecoverDrillBodySchema.parse(req.body ?? {});
    res.status(202).json(await drillsOf(deps).recover(id, callerOf(req)));
  });
  router.get('/drills/:id/report', async (req, res) => {
    const { id } = pathParams(req, 'id');
    const { format } = DrillReportQuerySchema.parse(req.query);
    if (format === 'md') {
      // attachment() sets a type from the extension, so the type comes after it.
      const text = await drillsOf(deps).reportMarkdown(id);
      res.attachment(`harborview-${id}.md`).type('text/markdown; charset=utf-8').send(text);
    } else {
      res.json(await drillsOf(deps).report(id));
    }
  });
  router.get('/drills/:id/replay', async (req, res) => {
    res.json(await drillsOf(deps).replay(pathParams(req, 'id').id));
  });
  router.get('/failover/topology', async (req, res) => {
    const { drillId } = LiveFrameQuerySchema.parse(req.query);
    res.json(await drillsOf(deps).liveFrame(drillId));
  });
}
