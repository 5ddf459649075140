import { validatePolicyView } from '@harborview/twin/queries';

import type { PolicyBackend } from './policy-backend';
import type { TwinRuntime } from './twin-command';
import { runCommand } from './twin-command';
import * as read from './twin-reads';

/** The policy area over the twin: each change a twin command, answered with the policy as it now stands. */
export function createTwinPolicies(runtime: TwinRuntime): PolicyBackend {
  const s = () => runtime.state();
  return {
    listPolicies: async () => read.readPolicies(s()),
    async createPolicy(name, content, caller) {
      await runCommand(runtime, { type: 'createPolicy', name, content }, caller);
      return read.readPolicies(s()).find((p) => p.name === name)!;
    },
    async updatePolicy(name, content, caller) {
      await runCommand(runtime, { type: 'updatePolicy', name, content }, caller);
      return read.readPolicies(s()).find((p) => p.name === name)!;
    },
    async removePolicy(name, caller) {
      await runCommand(runtime, { type: 'removePolicy', name }, caller);
    },
    validatePolicy: async (content, sizeBytes) =>
      validatePolicyView(s(), sizeBytes === undefined ? { content } : { content, sizeBytes }),
  };
}
