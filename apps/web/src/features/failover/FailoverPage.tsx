import type { DrillFault } from '@harborview/contracts/drills';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { harborQueryOptions } from '../harbor/api';
import { hostsQueryOptions, vmQueryOptions } from '../objects/api';

import { createDrill, drillKeys, drillListQueryOptions, preflightQueryOptions, topologyQueryOptions } from './api';
import { TimeControl } from './components/TimeControl';
import { FailoverView } from './FailoverView';
import type { FaultDraft } from './fault-form';
import { defaultFaultDraft, toFault } from './fault-form';
import { loadable } from './loadable';

/** Route entry for `/failover`. The default fault powers off the host running the Harbor VM. */
export function FailoverPage(): ReactNode {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const harbor = useQuery(harborQueryOptions());
  const vm = useQuery({ ...vmQueryOptions(harbor.data?.vmId ?? ''), enabled: harbor.data !== undefined });
  const hosts = useQuery(hostsQueryOptions());
  const [picked, setPicked] = useState<FaultDraft | null>(null);
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);

  const harborHostId = vm.data?.hostId ?? null;
  const draft = picked ?? (hosts.data && vm.data ? defaultFaultDraft(harborHostId, hosts.data) : null);
  const fault: DrillFault | null = draft ? toFault(draft) : null;
  const faultKey = JSON.stringify(fault);
  const preflight = useQuery(preflightQueryOptions(fault));
  const topology = useQuery(topologyQueryOptions(null));
  const drills = useQuery(drillListQueryOptions());

  const failed = [harbor, vm, hosts].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!draft || !hosts.data) return <LoadingState label="hosts and the Harbor VM" />;

  const onStart = (): void => {
    if (!fault || !preflight.data) return;
    setStarting(true);
    setStartError(null);
    createDrill({ fault, ...(preflight.data.requiresConfirmation ? { confirm: preflight.data.goesDown } : {}) })
      .then(async (drill) => {
        await queryClient.invalidateQueries({ queryKey: drillKeys.live() });
        void navigate(CONSOLE_PATHS.failoverDrill(drill.id));
      })
      .catch((e: unknown) => setStartError(e instanceof Error ? e.message : String(e)))
      .finally(() => setStarting(false));
  };

  return (
    <FailoverView
      timeControl={<TimeControl />}
      hosts={hosts.data}
      harborHostId={harborHostId}
      draft={draft}
      onDraftChange={(next) => {
        setPicked(next);
        setStartError(null);
      }}
      preflight={fault ? loadable(preflight, 'blast radius') : null}
      confirmed={confirmedFor === faultKey}
      onConfirmedChange={(on) => setConfirmedFor(on ? faultKey : null)}
      starting={starting}
      startError={startError}
      onStart={onStart}
      topology={loadable(topology, 'topology')}
      drills={loadable(drills, 'drills')}
    />
  );
}
