import type { Router } from 'express';

import type { PolicyBackend } from '../backend/policy-backend';

import { route } from './define-route';

/** Storage policies as vDVS keeps them: `policy ls/create/update/rm`, plus the wizard's up-front check. */
export function registerPolicyRoutes(router: Router, { backend }: { backend: PolicyBackend }): void {
  route(router, 'policies.list', async () => ({ items: await backend.listPolicies() }));
  // Registered before /policies/:name so "validate" is never taken for a policy name.
  route(router, 'policies.validate', ({ body }) => backend.validatePolicy(body.content, body.sizeBytes));
  route(router, 'policies.create', ({ body, caller }) => backend.createPolicy(body.name, body.content, caller));
  route(router, 'policies.update', ({ params, body, caller }) =>
    backend.updatePolicy(params.name, body.content, caller),
  );
  route(router, 'policies.remove', async ({ params, caller }) => {
    await backend.removePolicy(params.name, caller);
    return undefined;
  });
}
