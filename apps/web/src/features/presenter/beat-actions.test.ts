import { API_ROUTES } from '@harborview/contracts/routes';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { drillFixture, riskyPreflightFixture } from '../../test/drill-fixtures';
import { drillHandlers } from '../../test/drill-handlers';
import { server } from '../../test/msw-server';
import { presenterHandlers, setupFixture } from '../../test/presenter-handlers';
import { walkthroughState } from '../../test/walkthrough';

import { performBeat } from './beat-actions';
import type { PresenterSnapshot } from './walkthrough-progress';

function getTestContext(scenario: Parameters<typeof drillHandlers>[0] = {}) {
  const received: { path: string; body: unknown }[] = [];
  server.use(...presenterHandlers(received), ...drillHandlers({ ...scenario, received }));
  const s = walkthroughState();
  const snapshot: PresenterSnapshot = {
    hosts: s.hosts,
    setup: setupFixture(),
    policies: s.policies,
    volumes: s.volumes.filter((v) => v.name === 'vsanvol1'),
    harbor: s.harbor,
    images: [],
    cluster: s.cluster,
    drill: null,
    composeDiff: null,
  };
  const effects = { onComposeDiff: vi.fn(), onDrill: vi.fn() };
  return { received, snapshot, effects };
}

describe('beat actions', () => {
  it('when the volumes beat runs with vsanvol1 already there, then only vsanvol2 and vsanvol3 are created, in order', async () => {
    const { received, snapshot, effects } = getTestContext();

    await performBeat('volumes', snapshot, effects);

    expect(received.map((r) => [r.path, r.body])).toStrictEqual([
      [API_ROUTES.volumes, { name: 'vsanvol2', opts: { size: '20gb' } }],
      [API_ROUTES.volumes, { name: 'vsanvol3', opts: { size: '20gb', 'vsan-policy-name': 'SW=2' } }],
    ]);
  });

  it('when the plugin beat runs, then the VIB goes on every host, the plugin on the Harbor VM, and the twin moves a minute', async () => {
    const { received, snapshot, effects } = getTestContext();

    await performBeat('plugin', snapshot, effects);

    expect(received.map((r) => [r.path, r.body])).toStrictEqual([
      [API_ROUTES.setupVib, {}],
      [API_ROUTES.setupPlugin, {}],
      [API_ROUTES.twinClockAdvance, { seconds: 60 }],
    ]);
  });

  it('when the power-off beat runs and the preflight names what goes down, then the drill confirms exactly that', async () => {
    const { received, snapshot, effects } = getTestContext({ preflight: riskyPreflightFixture() });

    await performBeat('host-off', snapshot, effects);

    expect(received.filter((r) => r.path === API_ROUTES.drills).map((r) => r.body)).toStrictEqual([
      { fault: { type: 'host-power-off', hostId: 'host-1' }, confirm: ['vsanvol4@vsanDatastore'] },
    ]);
    expect(effects.onDrill).toHaveBeenCalledWith('drill-1');
  });

  it('when HA has not restarted the VM yet, then twin time moves 5 s at a time until the drill says it is on', async () => {
    const { received, snapshot, effects } = getTestContext();
    let reads = 0;
    server.use(
      http.get(`${API_ROUTES.drills}/:id`, () => {
        reads += 1;
        const on = reads > 3 ? 18 : null;
        return HttpResponse.json(
          drillFixture({ status: 'running', rto: { ...drillFixture().rto, vmPoweredOnSeconds: on } }),
        );
      }),
    );

    await performBeat('vm-restarted', { ...snapshot, drill: drillFixture({ status: 'running' }) }, effects);

    expect(received.map((r) => [r.path, r.body])).toStrictEqual([
      [API_ROUTES.twinClockAdvance, { seconds: 5 }],
      [API_ROUTES.twinClockAdvance, { seconds: 5 }],
      [API_ROUTES.twinClockAdvance, { seconds: 5 }],
    ]);
  });
});
