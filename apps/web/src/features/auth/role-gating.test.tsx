import { TEST_IDS } from '@harborview/testids/testids';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { sessionFixture } from '../../test/auth-fixtures';
import { renderApp } from '../../test/render-app';

describe('controls by role', () => {
  it('when a viewer opens Volumes, then New Volume is there but disabled, saying which role it needs', async () => {
    renderApp('/volumes', { session: sessionFixture('viewer') });

    const button = await screen.findByTestId(TEST_IDS.newVolume);

    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', 'Requires the operator role');
  });

  it('when a viewer opens Storage Policies, then Create is disabled and no policy offers Edit or Remove', async () => {
    renderApp('/policies', { session: sessionFixture('viewer') });

    expect(await screen.findByTestId(TEST_IDS.policyRow('stripe-2'))).toBeInTheDocument();
    expect(screen.getByTestId(TEST_IDS.createPolicy)).toBeDisabled();
    expect(screen.queryByTestId(TEST_IDS.policyEdit('stripe-2'))).not.toBeInTheDocument();
  });

  it('when an operator opens Volumes, then New Volume is enabled', async () => {
    renderApp('/volumes', { session: sessionFixture('operator') });

    expect(await screen.findByTestId(TEST_IDS.newVolume)).toBeEnabled();
  });

  it('when an operator opens Administration, then it says the admin role is required', async () => {
    renderApp('/admin/users', { session: sessionFixture('operator') });

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission: admin required');
    expect(screen.queryByTestId(TEST_IDS.usersTable)).not.toBeInTheDocument();
  });
});
