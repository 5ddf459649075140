import type { Policy } from '@harborview/contracts/policies';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { Dialog } from '../../shared/ui/Dialog';
import { DialogFooter } from '../../shared/ui/DialogFooter';
import { FormError } from '../../shared/ui/FormField';
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
        <FormError error={remove.error?.message} />
        <DialogFooter
          label="Remove"
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={onClose}
        />
      </div>
    </Dialog>
  );
}
