import type { Policy } from '@harborview/contracts/policies';
import { TEST_IDS } from '@harborview/testids/testids';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { QueryResult } from '../../shared/ui/QueryState';
import { useCan } from '../auth/use-can';
import { PolicyWizard } from '../wizard-policy/PolicyWizard';
import { RemovePolicyDialog } from '../wizard-policy/RemovePolicyDialog';

import { policiesQueryOptions } from './api';
import { PoliciesView } from './PoliciesView';

/** Route entry for `/policies` (`?selected=<name>` highlights one, as search results link to it). */
export function PoliciesPage(): ReactNode {
  const [params, setParams] = useSearchParams();
  const policies = useQuery(policiesQueryOptions());
  const can = useCan('operator');
  // Which dialog is open: the Create/Edit wizard (with the policy being edited) or Remove.
  const [dialog, setDialog] = useState<
    { kind: 'create' } | { kind: 'edit'; policy: Policy } | { kind: 'remove'; policy: Policy } | null
  >(null);
  const close = (): void => setDialog(null);
  const done = (policy: Policy): void => {
    setDialog(null);
    setParams({ selected: policy.name }, { replace: true });
  };
  return (
    <section aria-labelledby="policies-title" className="space-y-3 p-4">
      <div className="flex items-center justify-between">
        <h1 id="policies-title" className="text-lg font-semibold">
          Storage Policies
        </h1>
        <button
          type="button"
          data-testid={TEST_IDS.createPolicy}
          disabled={!can.allowed}
          title={can.title}
          onClick={() => setDialog({ kind: 'create' })}
          className="rounded bg-sky-700 px-3 py-1 text-sm text-white disabled:opacity-50"
        >
          Create
        </button>
      </div>
      <QueryResult query={policies} label="storage policies">
        {(list) => (
          <PoliciesView
            policies={list}
            selected={params.get('selected')}
            actions={
              can.allowed
                ? {
                    onEdit: (policy) => setDialog({ kind: 'edit', policy }),
                    onRemove: (policy) => setDialog({ kind: 'remove', policy }),
                  }
                : undefined
            }
          />
        )}
      </QueryResult>
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <PolicyWizard
          {...(dialog.kind === 'edit' ? { editing: dialog.policy } : {})}
          existingNames={policies.data?.map((p) => p.name) ?? []}
          onClose={close}
          onDone={done}
        />
      )}
      {dialog?.kind === 'remove' && <RemovePolicyDialog policy={dialog.policy} onClose={close} />}
    </section>
  );
}
