import type { Policy } from '@harborview/contracts/policies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { Dialog } from '../../shared/ui/Dialog';
import { policyKeys } from '../policies/api';

import { removePolicy } from './api';

/** `policy rm`: vDVS refuses while volumes use it, and that message is shown as vDVS wrote it. */
export function RemovePolicyDialog({ policy, onClose }: { policy: Policy; onClose: () => void }): ReactNode {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removePolicy(policy.name),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: policyKeys.all });
      onClose();
    },
  });
  return (
    <Dialog title="Remove VM Storage Policy" subtitle={policy.name} onClose={onClose}>
      <div className="space-y-3 text-sm">
        <p>
          Remove the policy <strong>{policy.name}</strong>? ({policy.active})
        </p>
        {remove.isError && (
          <p role="alert" className="whitespace-pre-line text-red-700 dark:text-red-300">
            {remove.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded px-3 py-1">
            Cancel
          </button>
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
            className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-50"
          >
            Remove
          </button>
        </div>
      </div>
    </Dialog>
  );
}
