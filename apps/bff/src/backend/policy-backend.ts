import type { Policy, PolicyValidation } from '@harborview/contracts/policies';

import type { Caller } from './caller';

/** vDVS storage policies (`vmdkops_admin policy`). */
export interface PolicyBackend {
  listPolicies(): Promise<Policy[]>;
  createPolicy(name: string, content: string, caller: Caller): Promise<Policy>;
  updatePolicy(name: string, content: string, caller: Caller): Promise<Policy>;
  removePolicy(name: string, caller: Caller): Promise<void>;
  validatePolicy(content: string, sizeBytes?: number): Promise<PolicyValidation>;
}
