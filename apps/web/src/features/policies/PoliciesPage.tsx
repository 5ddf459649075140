import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { policiesQueryOptions } from './api';
import { PoliciesView } from './PoliciesView';

/** Route entry for `/policies` (`?selected=<name>` highlights one, as search results link to it). */
export function PoliciesPage(): ReactNode {
  const [params] = useSearchParams();
  const policies = useQuery(policiesQueryOptions());
  return (
    <section aria-labelledby="policies-title" className="space-y-3 p-4">
      <h1 id="policies-title" className="text-lg font-semibold">
        Storage Policies
      </h1>
      {policies.isPending && <LoadingState label="storage policies" />}
      {policies.isError && <ErrorState error={policies.error} onRetry={() => void policies.refetch()} />}
      {policies.data && <PoliciesView policies={policies.data} selected={params.get('selected')} />}
    </section>
  );
}
