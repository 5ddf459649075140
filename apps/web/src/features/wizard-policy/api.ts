import { PolicySchema, PolicyValidationSchema } from '@harborview/contracts/policies';
import type { Policy, PolicyValidation } from '@harborview/contracts/policies';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request, requestNoContent } from '../../shared/lib/http';
import { policyKeys } from '../policies/api';

/** Keys of the wizard's up-front check, under the policies slice so a policy change refreshes it. */
export const policyWizardKeys = {
  validation: (content: string) => [...policyKeys.all, 'validate', content] as const,
};

/** `POST /api/policies/validate`: issues positioned in the content, decoded rules, cluster fit. */
export const policyValidationQueryOptions = (content: string) =>
  queryOptions({
    queryKey: policyWizardKeys.validation(content),
    queryFn: ({ signal }): Promise<PolicyValidation> =>
      request(PolicyValidationSchema, API_ROUTES.policyValidate, {
        method: 'POST',
        body: JSON.stringify({ content }),
        signal,
      }),
  });

/** `POST /api/policies` (policy create). */
export function createPolicy(name: string, content: string): Promise<Policy> {
  return request(PolicySchema, API_ROUTES.policies, { method: 'POST', body: JSON.stringify({ name, content }) });
}

/** `PUT /api/policies/:name` (policy update, re-applied to its volumes). */
export function updatePolicy(name: string, content: string): Promise<Policy> {
  return request(PolicySchema, API_ROUTES.policy(name), { method: 'PUT', body: JSON.stringify({ content }) });
}

/** `DELETE /api/policies/:name` (policy rm): refused while in use, with vDVS's message. */
export function removePolicy(name: string): Promise<void> {
  return requestNoContent(API_ROUTES.policy(name), { method: 'DELETE' });
}
