import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { sessionFixture } from '../../test/auth-fixtures';
import { findNavLink, navLinkTexts } from '../../test/queries';
import { renderApp } from '../../test/render-app';

describe('Console navigation', () => {
  it('when an inventory page is open, then Inventory is the current entry and the others are links', async () => {
    renderApp('/inventory/vcenter/vcenter/summary');

    expect(await navLinkTexts('Console')).toStrictEqual([
      'Inventory',
      'Volumes',
      'Storage Policies',
      'Harbor',
      'Setup',
      'Runbook',
      'Failover',
      'Administration',
    ]);
    expect(await findNavLink('Console', 'Inventory')).toHaveAttribute('aria-current', 'page');
  });

  it('when an operator is signed in, then Administration is not offered', async () => {
    renderApp('/inventory/vcenter/vcenter/summary', { session: sessionFixture('operator') });

    const nav = await screen.findByRole('navigation', { name: 'Console' });
    expect(within(nav).getByRole('link', { name: 'Failover' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('when Harbor is reached with the keyboard, then Enter opens the Harbor page', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/inventory/vcenter/vcenter/summary');
    const harbor = await findNavLink('Console', 'Harbor');

    harbor.focus();
    await user.keyboard('{Enter}');

    // The page's module loads with the navigation, so the router commits it a moment later.

    await waitFor(() => expect(router.state.location.pathname).toBe('/harbor'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbor' })).toBeInTheDocument();
  });
});
