import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { failingWith } from '../../test/handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

describe('Storage Policies', () => {
  it('when the page opens, then each policy shows its content, rules in words, Active and its volumes', async () => {
    renderApp('/policies');

    const row = await screen.findByTestId(TEST_IDS.policyRow('stripe-2'));
    expect(within(row).getByText('(("hostFailuresToTolerate" i1) ("stripeWidth" i2))')).toBeInTheDocument();
    expect(within(row).getByText('Number of disk stripes per object: 2')).toBeInTheDocument();
    expect(within(row).getByText('In use by 1 volumes')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'vsanvol3' })).toHaveAttribute('href', '/volumes/vsanvol3');
  });

  it('when a policy is unused, then Active says Unused and no volumes are listed', async () => {
    renderApp('/policies');

    const row = await screen.findByTestId(TEST_IDS.policyRow('gold'));
    expect(within(row).getByText('Unused')).toBeInTheDocument();
    expect(within(row).getByText('None')).toBeInTheDocument();
  });

  it('when the URL selects a policy, then its row is marked current', async () => {
    renderApp('/policies?selected=stripe-2');

    expect(await screen.findByTestId(TEST_IDS.policyRow('stripe-2'))).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId(TEST_IDS.policyRow('gold'))).not.toHaveAttribute('aria-current');
  });

  it('when the policies request fails, then the API message is shown', async () => {
    server.use(
      failingWith(API_ROUTES.policies, 503, {
        error: { code: 'internal', message: 'Error: VSAN datastore does not exist' },
      }),
    );
    renderApp('/policies');

    expect(await screen.findByRole('alert')).toHaveTextContent('Error: VSAN datastore does not exist');
  });
});
