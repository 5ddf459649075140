import {
  CreatePolicyBodySchema,
  UpdatePolicyBodySchema,
  ValidatePolicyBodySchema,
} from '@harborview/contracts/policies';
import type { PolicyList } from '@harborview/contracts/policies';
import type { Router } from 'express';

import type { AppDeps } from '../deps';

import { callerOf, pathParams } from './params';

/** Storage policies as vDVS keeps them: `policy ls/create/update/rm`, plus the wizard's up-front check. */
export function registerPolicyRoutes(router: Router, { backend }: AppDeps): void {
  router.get('/policies', async (_req, res) => {
    const body: PolicyList = { items: await backend.listPolicies() };
    res.json(body);
  });
  // Registered before /policies/:name so "validate" is never taken for a policy name.
  router.post('/policies/validate', async (req, res) => {
    const { content, sizeBytes } = ValidatePolicyBodySchema.parse(req.body);
    res.json(await backend.validatePolicy(content, sizeBytes));
  });
  router.post('/policies', async (req, res) => {
    const { name, content } = CreatePolicyBodySchema.parse(req.body);
    res.status(201).json(await backend.createPolicy(name, content, callerOf(req)));
  });
  router.put('/policies/:name', async (req, res) => {
    const { name } = pathParams(req, 'name');
    const { content } = UpdatePolicyBodySchema.parse(req.body);
    res.json(await backend.updatePolicy(name, content, callerOf(req)));
  });
  router.delete('/policies/:name', async (req, res) => {
    const { name } = pathParams(req, 'name');
    await backend.removePolicy(name, callerOf(req));
    res.status(204).end();
  });
}
