import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { userFixture } from '../../test/auth-fixtures';
import type { AuthScenario } from '../../test/auth-handlers';
import { authHandlers } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { fillIn } from '../../test/sign-in';

function getTestContext(scenario: AuthScenario = {}) {
  const received: NonNullable<AuthScenario['received']> = [];
  server.use(...authHandlers({ ...scenario, received }));
  const user = userEvent.setup();
  const view = renderApp('/admin/users');
  return { user, received, ...view };
}

describe('Administration > Users', () => {
  it('when it opens, then each user shows with their role', async () => {
    getTestContext();

    const row = await screen.findByTestId(TEST_IDS.userRow('olivia'));

    expect(within(row).getByRole('combobox', { name: 'Role of olivia' })).toHaveValue('operator');
    expect(screen.getByTestId(TEST_IDS.userRow('admin'))).toHaveTextContent('admin (you)');
  });

  it('when a user is added, then it is sent with the CSRF token and appears in the list', async () => {
    const { user, received } = getTestContext();
    const form = await screen.findByTestId(TEST_IDS.createUserForm);

    await fillIn(user, within(form).getByLabelText('User name'), 'nina');
    await user.selectOptions(within(form).getByLabelText('Role'), 'operator');
    await fillIn(user, within(form).getByLabelText('Password'), 'nina-password');
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    const row = await screen.findByTestId(TEST_IDS.userRow('nina'));
    expect(within(row).getByRole('combobox', { name: 'Role of nina' })).toHaveValue('operator');
    expect(received).toContainEqual({ method: 'POST', path: '/api/users', csrf: 'csrf-admin' });
    expect(within(form).getByLabelText('User name')).toHaveValue('');
  });

  it('when a password is too short, then the form says so and sends nothing', async () => {
    const { user, received } = getTestContext();
    const form = await screen.findByTestId(TEST_IDS.createUserForm);

    await fillIn(user, within(form).getByLabelText('User name'), 'nina');
    await fillIn(user, within(form).getByLabelText('Password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Add' }));

    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription('Use at least 8 characters');
    expect(received).toHaveLength(0);
  });

  it('when the only admin is demoted, then the 409 says why and the role stays admin', async () => {
    const { user } = getTestContext({ users: [userFixture('admin', 'admin'), userFixture('victor', 'viewer')] });
    const select = await screen.findByRole('combobox', { name: 'Role of admin' });

    await user.selectOptions(select, 'viewer');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The last admin cannot be removed or demoted; make another admin first',
    );
    expect(screen.getByRole('combobox', { name: 'Role of admin' })).toHaveValue('admin');
  });

  it('when the only admin is deleted, then the dialog shows the 409 and the user stays', async () => {
    const { user } = getTestContext();
    await user.click(await screen.findByRole('button', { name: 'Delete admin' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete User' });

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The last admin cannot be removed');
    expect(screen.getByTestId(TEST_IDS.userRow('admin'))).toBeInTheDocument();
  });

  it('when a viewer is deleted, then the row goes', async () => {
    const { user } = getTestContext();
    await user.click(await screen.findByRole('button', { name: 'Delete victor' }));

    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete User' })).getByRole('button', { name: 'Delete' }),
    );

    await screen.findByTestId(TEST_IDS.userRow('olivia'));
    expect(screen.queryByTestId(TEST_IDS.userRow('victor'))).not.toBeInTheDocument();
  });

  it('when a password is reset, then PUT carries it and the dialog closes', async () => {
    const { user, received } = getTestContext();
    await user.click(await screen.findByRole('button', { name: 'Reset password of olivia' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset Password' });

    await fillIn(user, within(dialog).getByLabelText('New password'), 'olivia-new-pass');
    await fillIn(user, within(dialog).getByLabelText('Confirm new password'), 'olivia-new-pass');
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    await screen.findByTestId(TEST_IDS.userRow('olivia'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(received).toContainEqual({ method: 'PUT', path: '/api/users/olivia', csrf: 'csrf-admin' });
  });
});
