import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

import { PageSection } from '../../shared/ui/PageSection';
import { QueryResult } from '../../shared/ui/QueryState';

import { auditQueryOptions } from './api';
import type { AuditFilters } from './audit-rows';
import { AuditView } from './AuditView';

/** Route entry for `/admin/audit?user=&action=`: the filters live in the URL, so a filtered view can be shared. */
export function AuditPage(): ReactNode {
  const audit = useQuery(auditQueryOptions());
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = { user: params.get('user') ?? '', action: params.get('action') ?? '' };
  const changeFilters = (next: AuditFilters): void => {
    const search = new URLSearchParams();
    if (next.user) search.set('user', next.user);
    if (next.action) search.set('action', next.action);
    setParams(search, { replace: true });
  };
  return (
    <PageSection titleId="audit-title" title="Audit log">
      <QueryResult query={audit} label="audit log">
        {(entries) => (
          <AuditView
            entries={entries}
            filters={filters}
            onFiltersChange={changeFilters}
            onRefresh={() => void audit.refetch()}
          />
        )}
      </QueryResult>
    </PageSection>
  );
}
