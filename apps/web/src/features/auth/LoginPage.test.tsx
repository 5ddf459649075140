import { API_ROUTES } from '@harborview/contracts/routes';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { FIXTURE_PASSWORD } from '../../test/auth-fixtures';
import { apiError, authHandlers } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { signInThroughForm } from '../../test/sign-in';

function getTestContext(url = '/login') {
  server.use(...authHandlers({ session: null }));
  const user = userEvent.setup();
  const view = renderApp(url, { session: null });
  const signIn = (username: string, password: string): Promise<void> => signInThroughForm(user, username, password);
  return { user, signIn, ...view };
}

describe('the sign-in page', () => {
  it('when the password is wrong, then the form says so and stays on the sign-in page', async () => {
    const { signIn, router } = getTestContext();

    await signIn('admin', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid user name or password.');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('when too many attempts were made (429), then it says how long to wait', async () => {
    const { signIn } = getTestContext();
    server.use(
      http.post(API_ROUTES.session, () =>
        apiError('rate_limited', 'Too many failed sign-ins; try again in 42 s', { retryAfterSeconds: 42 }),
      ),
    );

    await signIn('admin', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 42 s');
  });

  it('when sign-in succeeds from a link with next, then that page opens with the user in the header', async () => {
    const { signIn, router } = getTestContext(`/login?next=${encodeURIComponent('/policies?selected=SW%3D2')}`);

    await signIn('olivia', FIXTURE_PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Storage Policies' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/policies?selected=SW%3D2');
    expect(screen.getByRole('button', { name: 'olivia ▾' })).toBeInTheDocument();
  });

  it('when next names another site, then sign-in lands on the console instead', async () => {
    const { signIn, router } = getTestContext(`/login?next=${encodeURIComponent('//evil.example/')}`);

    await signIn('admin', FIXTURE_PASSWORD);

    await waitFor(() => expect(router.state.location.pathname).toBe('/inventory/vcenter/vcenter/summary'));
  });
});
