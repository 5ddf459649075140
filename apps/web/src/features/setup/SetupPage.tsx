import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { harborQueryOptions } from '../harbor/api';
import { policiesQueryOptions } from '../policies/api';
import { volumesQueryOptions } from '../volumes/api';
import { clusterSummaryQueryOptions, useSetHa } from '../vsan/api';

import { installPlugin, installVibEverywhere, setupKeys, setupQueryOptions } from './api';
import { buildChecklist } from './checklist';
import type { SetupViewProps } from './SetupView';
import { SetupView } from './SetupView';

/** Route entry for `/setup`. */
export function SetupPage(): ReactNode {
  const queryClient = useQueryClient();
  const setup = useQuery(setupQueryOptions());
  const policies = useQuery(policiesQueryOptions());
  const volumes = useQuery(volumesQueryOptions({ sort: 'name', order: 'asc' }, 1, 1));
  const harbor = useQuery(harborQueryOptions());
  const cluster = useQuery(clusterSummaryQueryOptions());
  const setHa = useSetHa();
  const [error, setError] = useState<string | null>(null);

  const onAction: SetupViewProps['onAction'] = (kind) => {
    setError(null);
    const run =
      kind === 'install-vib'
        ? installVibEverywhere()
        : kind === 'install-plugin'
          ? installPlugin()
          : setHa.mutateAsync({ enabled: true });
    run
      .then(() => queryClient.invalidateQueries({ queryKey: setupKeys.all }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  const failed = [setup, policies, volumes, harbor].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!setup.data || !policies.data || !volumes.data || !harbor.data) return <LoadingState label="setup checklist" />;
  const steps = buildChecklist({
    setup: setup.data,
    policies: policies.data,
    volumeCount: volumes.data.total,
    harbor: harbor.data,
    cluster: cluster.data ?? null,
  });
  return <SetupView steps={steps} error={error} onAction={onAction} />;
}
