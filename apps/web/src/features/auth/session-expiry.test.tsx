import { API_ROUTES } from '@harborview/contracts/routes';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiError, authHandlers } from '../../test/auth-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { signInThroughForm } from '../../test/sign-in';

const expired = () => apiError('unauthenticated', 'Sign in first: no session, or it expired');
const currentUrl = (router: ReturnType<typeof renderApp>['router']): string =>
  router.state.location.pathname + router.state.location.search;

describe('the session in the console', () => {
  it('when nobody is signed in, then a deep link shows the sign-in page remembering the page', async () => {
    server.use(...authHandlers({ session: null }));
    const { router } = renderApp('/volumes?filter=vsan', { session: null });

    expect(await screen.findByRole('button', { name: 'LOGIN' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/login?next=${encodeURIComponent('/volumes?filter=vsan')}`);
  });

  it('when the session expires on a page, then sign-in comes up and afterwards the same page is back', async () => {
    const user = userEvent.setup();
    const { router, queryClient } = renderApp('/policies?selected=SW%3D2');
    await screen.findByRole('heading', { level: 1, name: 'Storage Policies' });

    // The server forgot the session: the next data refresh answers 401.
    server.use(http.get(API_ROUTES.policies, expired));
    await queryClient.invalidateQueries();

    expect(await screen.findByRole('button', { name: 'LOGIN' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/login?next=${encodeURIComponent('/policies?selected=SW%3D2')}`);
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(0));

    server.resetHandlers();
    await signInThroughForm(user, 'admin');

    expect(await screen.findByRole('heading', { level: 1, name: 'Storage Policies' })).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/policies?selected=SW%3D2');
  });

  it('when a change is refused for the role (403), then the reason shows in place and the user stays signed in', async () => {
    const user = userEvent.setup();
    server.use(
      http.post(`${API_ROUTES.alarms}/:id/acknowledge`, () =>
        apiError('forbidden', 'This needs the operator role; admin is viewer', { role: 'operator' }),
      ),
      http.get(API_ROUTES.alarms, () =>
        Response.json({
          items: [
            {
              id: 'a1',
              name: 'Host connection and power state',
              entity: { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' },
              status: 'red',
              triggeredAt: '2024-05-01T10:00:00.000Z',
              acknowledged: false,
            },
          ],
        }),
      ),
    );
    const { router } = renderApp('/inventory/vcenter/vcenter/summary');

    await user.click(await screen.findByRole('tab', { name: 'Alarms (1)' }));
    await user.click(await screen.findByRole('button', { name: /^Acknowledge / }));

    await waitFor(() => expect(screen.getByText('You do not have permission: operator required')).toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/inventory/vcenter/vcenter/summary');
  });
});
