import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FIXTURE_PASSWORD, sessionFixture } from '../../test/auth-fixtures';
import type { AuthScenario } from '../../test/auth-handlers';
import { authHandlers } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { fillIn } from '../../test/sign-in';

function getTestContext() {
  const received: NonNullable<AuthScenario['received']> = [];
  const session = sessionFixture('operator', 'olivia');
  server.use(...authHandlers({ session, received }));
  const user = userEvent.setup();
  const view = renderApp('/volumes', { session });
  const openMenu = async () => {
    await user.click(await screen.findByRole('button', { name: 'olivia ▾' }));
    return screen.getByRole('menu', { name: 'User' });
  };
  return { user, received, openMenu, ...view };
}

describe('the user menu', () => {
  it('when it opens, then it names the signed-in user and their role', async () => {
    const { openMenu } = getTestContext();

    const menu = await openMenu();

    expect(menu).toHaveTextContent('Signed in as olivia');
    expect(menu).toHaveTextContent('Role: operator');
  });

  it('when Log out is chosen, then the session is deleted (with the CSRF token) and the sign-in page shows', async () => {
    const { user, openMenu, received, router } = getTestContext();

    await user.click(within(await openMenu()).getByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByRole('button', { name: 'LOGIN' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(received).toContainEqual({ method: 'DELETE', path: '/api/session', csrf: 'csrf-olivia' });
  });

  it('when the current password is wrong, then Change password says so under that field', async () => {
    const { user, openMenu } = getTestContext();
    await user.click(within(await openMenu()).getByRole('menuitem', { name: 'Change password' }));
    const dialog = screen.getByRole('dialog', { name: 'Change Password' });

    await fillIn(user, within(dialog).getByLabelText('Current password'), 'not-it');
    await fillIn(user, within(dialog).getByLabelText('New password'), 'a-new-password');
    await fillIn(user, within(dialog).getByLabelText('Confirm new password'), 'a-new-password');
    await user.click(within(dialog).getByRole('button', { name: 'Change' }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText('Current password')).toHaveAccessibleDescription(
        'The current password is wrong',
      ),
    );
  });

  it('when the passwords are right, then Change password confirms it', async () => {
    const { user, openMenu } = getTestContext();
    await user.click(within(await openMenu()).getByRole('menuitem', { name: 'Change password' }));
    const dialog = screen.getByRole('dialog', { name: 'Change Password' });

    await fillIn(user, within(dialog).getByLabelText('Current password'), FIXTURE_PASSWORD);
    await fillIn(user, within(dialog).getByLabelText('New password'), 'a-new-password');
    await fillIn(user, within(dialog).getByLabelText('Confirm new password'), 'a-new-password');
    await user.click(within(dialog).getByRole('button', { name: 'Change' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Password changed.');
  });
});
