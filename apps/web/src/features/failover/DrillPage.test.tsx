import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { drillFixture, failedOverFrameFixture } from '../../test/drill-fixtures';
import { drillHandlers } from '../../test/drill-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

function getTestContext(scenario: Parameters<typeof drillHandlers>[0] = {}) {
  const received: { path: string; body: unknown }[] = [];
  server.use(...drillHandlers({ frame: failedOverFrameFixture(), ...scenario, received }));
  const user = userEvent.setup();
  renderApp('/failover/drills/drill-1');
  return { user, received };
}

// A ceiling, not a speed check: the first test also loads the page's lazy chunk, slow on a busy 2-core machine.
describe('Drill page', { timeout: 20_000 }, () => {
  it('when the drill has failed over, then the stopwatch shows each milestone in seconds after the fault', async () => {
    getTestContext();

    const rto = await screen.findByTestId(TEST_IDS.drillRto);
    expect(within(rto).getByTestId(TEST_IDS.rtoMilestone('hostDeclaredDead'))).toHaveTextContent('15 s');
    expect(within(rto).getByTestId(TEST_IDS.rtoMilestone('vmPoweredOn'))).toHaveTextContent('18 s');
    expect(within(rto).getByTestId(TEST_IDS.rtoMilestone('harborHealthy'))).toHaveTextContent('50 s');
    expect(screen.getByTestId(TEST_IDS.drillStatus)).toHaveTextContent('Recovered');
  });

  it('when the timeline is read, then each entry sits in its lane with t+seconds and twin time', async () => {
    getTestContext();

    const table = await screen.findByRole('table', { name: 'Cross-layer timeline' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.getAttribute('title') ?? h.textContent);
    expect(headers).toStrictEqual([
      'Time',
      'Host',
      'vSphere HA',
      'VM',
      'vSAN objects',
      'Volumes',
      'Harbor services',
      'Registry data',
      'What happened',
    ]);
    const restart = within(table).getByTestId(TEST_IDS.timelineEntry(5));
    expect(within(restart).getByRole('rowheader')).toHaveTextContent('t+18 s10:00:18');
    expect(within(restart).getByRole('img', { name: 'VM, warning' }).closest('td')).toBe(
      within(restart).getAllByRole('cell')[2],
    );
    expect(within(restart).getAllByRole('cell').at(-1)).toHaveTextContent('restarted virtual machine photon-harbor');
  });

  it('when the VM restarted elsewhere, then the topology shows it on its new host and the old host down', async () => {
    getTestContext();

    const newHost = await screen.findByRole('article', { name: 'Host 10.162.102.131' });
    expect(within(newHost).getByTestId(TEST_IDS.topologyVm)).toHaveTextContent('Restarted here, was on 10.162.102.130');
    const oldHost = screen.getByRole('article', { name: 'Host 10.162.102.130' });
    expect(oldHost).toHaveTextContent('Powered Off');
    expect(within(oldHost).getByRole('list', { name: /Components on/ })).toHaveTextContent('vsanvol1: Absent');
  });

  it('when the data was verified, then the integrity panel gives the verdict and each image', async () => {
    getTestContext();

    expect(await screen.findByTestId(TEST_IDS.integrityVerdict)).toHaveTextContent('Intact');
    expect(screen.getByTestId(TEST_IDS.integrityImage('library/hello:2'))).toHaveTextContent('intact');
  });

  it('when Recover is pressed, then the fault is put right through the API', async () => {
    const { user, received } = getTestContext();

    await user.click(await screen.findByRole('button', { name: 'Recover: power the host back on' }));

    await waitFor(() => expect(received.map((r) => r.path)).toContain(API_ROUTES.drillRecover('drill-1')));
  });

  it('when the drill is resyncing, then the progress bar shows what is left', async () => {
    getTestContext({
      drill: drillFixture({
        recoverable: false,
        resync: { bytesLeft: 256 * 1024 ** 2, bytesTotal: 1024 ** 3, progress: 0.75 },
      }),
    });

    const bar = await screen.findByRole('progressbar', { name: 'Resync progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '75');
    expect(screen.getByTestId(TEST_IDS.drillResync)).toHaveTextContent('256 MB left to resync of 1 GB (75%)');
  });

  it('when 60× and Skip to end of repair timer are pressed, then the clock is set and advanced to the timer’s end', async () => {
    const { user, received } = getTestContext();

    await user.click(await screen.findByRole('button', { name: '60×' }));
    await user.click(screen.getByRole('button', { name: 'Skip to end of repair timer' }));

    await waitFor(() =>
      expect(received.filter((r) => r.path.startsWith('/api/twin')).map((r) => [r.path, r.body])).toStrictEqual([
        [API_ROUTES.twinClock, { speed: 60, paused: false }],
        [API_ROUTES.twinClockAdvance, { to: 'repair-timer-end' }],
      ]),
    );
  });
});
