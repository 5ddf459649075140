import type { Policy, PolicyValidation } from '@harborview/contracts/policies';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';
import { policyKeys } from '../policies/api';

/** Keys of the wizard's up-front check, under the policies slice so a policy change refreshes it. */
export const policyWizardKeys = {
  validation: (content: string) => [...policyKeys.all, 'validate', content] as const,
};

/** `POST /api/policies/validate`: issues positioned in the content, decoded rules, cluster fit. */
export const policyValidationQueryOptions = (content: string) =>
  queryOptions({
    queryKey: policyWizardKeys.validation(content),
    queryFn: ({ signal }): Promise<PolicyValidation> => callApi('policies.validate', { body: { content }, signal }),
  });

/** `POST /api/policies` (policy create). */
export function createPolicy(name: string, content: string): Promise<Policy> {
  return callApi('policies.create', { body: { name, content } });
}

/** `PUT /api/policies/:name` (policy update, re-applied to its volumes). */
export function updatePolicy(name: string, content: string): Promise<Policy> {
  return callApi('policies.update', { params: { name }, body: { content } });
}

/** `DELETE /api/policies/:name` (policy rm): refused while in use, with vDVS's message. */
export function removePolicy(name: string): Promise<void> {
  return callApi('policies.remove', { params: { name } });
}
