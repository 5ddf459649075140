import type { Host } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { Portlet } from '../../shared/ui/Portlet';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { componentStateBadge } from './component-state';
import { hostComponentRows } from './host-components';

/**
 * Host Summary's "vSAN components" portlet: the components the host holds, by state. The BFF counts them with the
 * host (`Host.components`), so the page never has to fetch the cluster's 10,000 objects to count one host's share.
 */
export function HostComponents({ host }: { host: Pick<Host, 'components'> }): ReactNode {
  const rows = hostComponentRows(host.components);
  return (
    <Portlet title="vSAN components" testId={TEST_IDS.hostComponentCounts}>
      {rows.length === 0 ? (
        <EmptyState>This host holds no vSAN components.</EmptyState>
      ) : (
        <ul aria-label="Components by state" className="space-y-1 text-sm">
          {rows.map(({ state, count }) => {
            const view = componentStateBadge(state);
            return (
              <li key={state} className="flex items-center justify-between gap-2">
                <StatusBadge tone={view.tone}>{view.label}</StatusBadge>
                <span>{count}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Portlet>
  );
}
