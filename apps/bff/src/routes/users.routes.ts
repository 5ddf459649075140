import type { User } from '@harborview/contracts/users';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { route } from './define-route';

/** User admin (admin role, see API_SPEC): list, create, change role or password, remove. */
export function registerUserRoutes(router: Router, { auth }: Pick<AppDeps, 'auth'>): void {
  route(router, 'users.list', () => ({ items: auth.users.list() }));

  route(router, 'users.create', ({ body }) => auth.users.create(body.username, body.role, body.password));

  route(router, 'users.update', async ({ params: { username }, body: { role, password } }) => {
    // The body schema demands a role or a password, so one of the two branches sets `user`.
    let user: User | undefined;
    if (role !== undefined) user = auth.users.setRole(username, role);
    if (password !== undefined) {
      user = await auth.users.setPassword(username, password);
      // A reset password signs the user out everywhere.
      auth.sessions.removeAllOf(user.username);
    }
    return user;
  });

  route(router, 'users.remove', ({ params }) => {
    // Their sessions go with them (ON DELETE CASCADE).
    auth.users.remove(params.username);
    return undefined;
  });
}
