import { CreateUserBodySchema, UpdateUserBodySchema } from '@harborview/contracts/users';
import type { User, UserList } from '@harborview/contracts/users';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { pathParams } from './params';

/** User admin (admin role, see API_SPEC): list, create, change role or password, remove. */
export function registerUserRoutes(router: Router, { auth }: AppDeps): void {
  router.get('/users', (_req, res) => {
    const body: UserList = { items: auth.users.list() };
    res.json(body);
  });

  router.post('/users', async (req, res) => {
    const { username, role, password } = CreateUserBodySchema.parse(req.body);
    const body: User = await auth.users.create(username, role, password);
    res.status(201).json(body);
  });

  router.put('/users/:username', async (req, res) => {
    const { username } = pathParams(req, 'username');
    const { role, password } = UpdateUserBodySchema.parse(req.body);
    let user: User | undefined;
    if (role !== undefined) user = auth.users.setRole(username, role);
    if (password !== undefined) {
      user = await auth.users.setPassword(username, password);
      // A reset password signs the user out everywhere.
      auth.sessions.removeAllOf(user.username);
    }
    res.json(user);
  });

  router.delete('/users/:username', (req, res) => {
    const { username } = pathParams(req, 'username');
    // Their sessions go with them (ON DELETE CASCADE).
    auth.users.remove(username);
    res.status(204).end();
  });
}
