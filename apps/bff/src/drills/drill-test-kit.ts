import type { Drill } from '@harborview/contracts/drills';
import { DrillSchema } from '@harborview/contracts/drills';
import type { Express } from 'express';

import { WALKTHROUGH_MAPPINGS, walkthroughClient } from '../integration/http-walkthrough';
import type { TestApp } from '../test/test-app';

/**
 * The drill most tests run. A fresh twin (seed 1): Harbor's VM runs on host-1 from its own disk and vSphere HA is
 * off, so powering host-1 off takes every Harbor service down for good and the drill fails after 5 minutes
 * (vsan-ha.md §3: without HA nothing restarts the VM).
 */
export const HARBOR_HOST_DRILL = {
  fault: { type: 'host-power-off' as const, hostId: 'host-1' },
  /** Everything that goes down with host-1, which `confirm` must name. */
  confirm: ['log', 'registry', 'mysql', 'ui', 'jobservice', 'proxy'].map((s) => `Harbor ${s}`),
};

/** The caller a drill service test acts as (the routes pass the signed-in user instead). */
export const DRILL_CALLER = { user: 'VSPHERE.LOCAL\\Administrator' };

/** The walkthrough up to the failover over HTTP: setup, Harbor moved onto vsanvol1-3, HA on and settled. */
export async function walkthroughOnVolumes(app: Express, mappings = WALKTHROUGH_MAPPINGS): Promise<void> {
  const api = walkthroughClient(app);
  await api.setUp();
  await api.send('post', '/api/harbor/attach', 202, { mappings, copyData: true });
  await api.advance(60);
  await api.send('put', '/api/cluster/ha', 202, { enabled: true });
  await api.advance(30);
}

/** Advances twin time, lets the drill's integrity checks finish, and reads the drill back. */
export async function advanceAndRead(t: TestApp, id: string, seconds: number): Promise<Drill> {
  const api = walkthroughClient(t.app);
  if (seconds > 0) await api.advance(seconds);
  await t.twin.registrySettled();
  await t.twin.drills.settled();
  return DrillSchema.parse(await api.send('get', `/api/drills/${id}`, 200));
}
