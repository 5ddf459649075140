import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { Portlet } from '../../shared/ui/Portlet';
import { EmptyState, ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { useAllVsanObjects } from './api';
import { componentStateBadge } from './component-state';
import { countHostComponentsByState } from './host-components';
import type { StateCount } from './host-components';

/** The vSAN components a host holds, counted by state (a renderer: the counts come in as props). */
export function HostComponentsView({ counts }: { counts: StateCount[] }): ReactNode {
  if (counts.length === 0) return <EmptyState>This host holds no vSAN components.</EmptyState>;
  return (
    <ul aria-label="Components by state" className="space-y-1 text-sm">
      {counts.map(({ state, count }) => {
        const view = componentStateBadge(state);
        return (
          <li key={state} className="flex items-center justify-between gap-2">
            <StatusBadge tone={view.tone}>{view.label}</StatusBadge>
            <span>{count}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Host Summary's "vSAN components" portlet: counts the host's components across every object. */
export function HostComponents({ hostId }: { hostId: string }): ReactNode {
  const result = useAllVsanObjects();
  return (
    <Portlet title="vSAN components" testId={TEST_IDS.hostComponentCounts}>
      {result.status === 'pending' && <LoadingState label="vSAN components" />}
      {result.status === 'error' && <ErrorState error={result.error} />}
      {result.status === 'success' && (
        <HostComponentsView counts={countHostComponentsByState(result.objects, hostId)} />
      )}
    </Portlet>
  );
}
