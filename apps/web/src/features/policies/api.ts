import { sliceKeys } from '../../shared/lib/query-keys';
import { listQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the storage policies slice. */
export const policyKeys = sliceKeys('policies', ['list']);

/** `GET /api/policies`: `policy ls` with decoded rules and the volumes using each policy. */
export const policiesQueryOptions = () => listQueryOptions(policyKeys.list(), 'policies.list');
