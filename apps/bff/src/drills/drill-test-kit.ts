import { DrillSchema } from '@harborview/contracts/drills';
import type { Drill } from '@harborview/contracts/drills';
import type { Express } from 'express';

import { walkthroughClient, WALKTHROUGH_MAPPINGS } from '../integration/http-walkthrough';
import type { TestApp } from '../test/test-app';

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
