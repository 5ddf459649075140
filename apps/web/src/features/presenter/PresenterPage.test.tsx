import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { drillHandlers } from '../../test/drill-handlers';
import { server } from '../../test/msw-server';
import { presenterHandlers } from '../../test/presenter-handlers';
import { renderApp } from '../../test/render-app';

function getTestContext(url = '/present') {
  const received: { path: string; body: unknown }[] = [];
  server.use(...presenterHandlers(received), ...drillHandlers({ received }));
  const user = userEvent.setup();
  const view = renderApp(url);
  return { user, received, ...view };
}

// A ceiling, not a speed check: the first test also loads the page's lazy chunk, slow on a busy 2-core machine.
describe('Presenter mode', { timeout: 20_000 }, () => {
  it('when it opens, then beat 1 shows the hosts and its caption in large type, without the console chrome', async () => {
    getTestContext();

    expect(await screen.findByRole('heading', { level: 2, name: '1. A three-host vSAN cluster' })).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.presenterCaption)).toHaveTextContent('Three ESXi hosts pool their disks');
    expect(await screen.findByRole('list', { name: 'Hosts' })).toHaveTextContent('10.162.102.130');
    expect(screen.queryByRole('navigation', { name: 'Console' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1\. Cluster/ })).toHaveAttribute('aria-current', 'step');
  });

  it('when → is pressed, then the plugin beat is performed through the API and beat 2 shows', async () => {
    const { user, received, router } = getTestContext();
    await screen.findByRole('list', { name: 'Hosts' });

    await user.keyboard('{ArrowRight}');

    expect(await screen.findByRole('heading', { level: 2, name: /^2\. vDVS installed/ })).toBeInTheDocument();
    await waitFor(() =>
      expect(received.map((r) => r.path)).toStrictEqual([
        API_ROUTES.setupVib,
        API_ROUTES.setupPlugin,
        API_ROUTES.twinClockAdvance,
      ]),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?beat=2'));
    expect(await screen.findByRole('list', { name: 'vDVS install state' })).toHaveTextContent('photon-harbor');
  });

  it('when ← is pressed on beat 3, then beat 2 shows and nothing is performed', async () => {
    const { user, received } = getTestContext('/present?beat=3');
    await screen.findByRole('heading', { level: 2, name: '3. A storage policy: SW=2' });

    await user.keyboard('{ArrowLeft}');

    expect(await screen.findByRole('heading', { level: 2, name: /^2\. vDVS installed/ })).toBeInTheDocument();
    expect(received).toStrictEqual([]);
  });
});
