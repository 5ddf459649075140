import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../test/render-app';

async function getTestContext() {
  const user = userEvent.setup();
  const view = renderApp('/inventory/vcenter/vcenter/summary');
  await screen.findByRole('treeitem', { name: 'vcenter.test' });
  const search = screen.getByRole('combobox', { name: 'Search inventory' });
  return { user, search, ...view };
}

describe('Global search beyond the inventory', () => {
  it('when a volume is found, then choosing it opens its page', async () => {
    const { user, search, router } = await getTestContext();

    await user.type(search, 'vsanvol3');
    await user.click(await screen.findByRole('option', { name: /vsanvol3/ }));

    // The page's module loads with the navigation, so the router commits it a moment later.

    await waitFor(() => expect(router.state.location.pathname).toBe('/volumes/vsanvol3'));
  });

  it('when a policy is found, then Enter opens Storage Policies with it selected', async () => {
    const { user, search, router } = await getTestContext();

    await user.type(search, 'stripe');
    await screen.findByRole('option', { name: /stripe-2/ });
    await user.keyboard('{Enter}');

    // The page's module loads with the navigation, so the router commits it a moment later.

    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/policies?selected=stripe-2'),
    );
  });

  it('when a Harbor service is found, then it opens the Harbor page at that service', async () => {
    const { user, search, router } = await getTestContext();

    await user.type(search, 'jobserv');
    await user.click(await screen.findByRole('option', { name: /jobservice/ }));

    // The page's module loads with the navigation, so the router commits it a moment later.

    await waitFor(() => expect(router.state.location.search).toBe('?service=jobservice'));
  });
});
