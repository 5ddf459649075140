import { API_ROUTES } from '@harborview/contracts/routes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { riskyPreflightFixture } from '../../test/drill-fixtures';
import { drillHandlers } from '../../test/drill-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

function getTestContext(scenario: Parameters<typeof drillHandlers>[0] = {}) {
  const received: { path: string; body: unknown }[] = [];
  server.use(...drillHandlers({ ...scenario, received }));
  const user = userEvent.setup();
  const view = renderApp('/failover');
  return { user, received, ...view };
}

// A ceiling, not a speed check: the first test also loads the page's lazy chunk, slow on a busy 2-core machine.
describe('Failover page', { timeout: 20_000 }, () => {
  it('when it opens, then the default fault powers off the Harbor VM’s host and the blast radius lists each volume', async () => {
    getTestContext();

    const radius = await screen.findByRole('table', { name: 'Blast radius per object' });
    expect(screen.getByRole('radio', { name: /Host power-off/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Host' })).toHaveValue('host-1');
    const row = within(radius).getByRole('row', { name: /vsanvol1@vsanDatastore/ });
    expect(row).toHaveTextContent('1 of 3');
    expect(row).toHaveTextContent('Yes');
    expect(screen.getByText(/declared dead after 15 s/)).toBeInTheDocument();
    expect(screen.getByText(/restarts on 10\.162\.102\.131/)).toBeInTheDocument();
  });

  it('when the fault takes a volume down, then Start waits for a confirmation naming it and the request repeats it', async () => {
    const { user, received, router } = getTestContext({ preflight: riskyPreflightFixture() });

    const start = await screen.findByRole('button', { name: 'Start drill' });
    expect(start).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /vsanvol4@vsanDatastore will go down/ }));
    await user.click(start);

    await waitFor(() => expect(router.state.location.pathname).toBe('/failover/drills/drill-1'));
    expect(received.filter((r) => r.path === API_ROUTES.drills).map((r) => r.body)).toStrictEqual([
      { fault: { type: 'host-power-off', hostId: 'host-1' }, confirm: ['vsanvol4@vsanDatastore'] },
    ]);
  });

  it('when Disk failure is chosen with the keyboard, then a disk is picked and the preflight asks about it', async () => {
    const { user, received } = getTestContext();
    const powerOff = await screen.findByRole('radio', { name: /Host power-off/ });

    powerOff.focus();
    await user.keyboard('{ArrowRight}');

    expect(screen.getByRole('radio', { name: /Disk failure/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Disk' })).toHaveValue('host-1-dg-1-cache');
    await waitFor(() =>
      expect(received.filter((r) => r.path === API_ROUTES.drillPreflight).at(-1)?.body).toStrictEqual({
        fault: { type: 'disk-failure', hostId: 'host-1', diskId: 'host-1-dg-1-cache' },
      }),
    );
  });

  it('when drills exist, then each links to its live view and its replay, and the open one is pointed out', async () => {
    getTestContext();

    const drills = await screen.findByRole('table', { name: 'Drills' });
    expect(within(drills).getByRole('link', { name: 'Power off host 10.162.102.130' })).toHaveAttribute(
      'href',
      '/failover/drills/drill-1',
    );
    expect(within(drills).getByRole('link', { name: /Replay/ })).toHaveAttribute(
      'href',
      '/failover/drills/drill-1/replay',
    );
    expect(screen.getByRole('note')).toHaveTextContent('is still open: recover it');
  });
});
