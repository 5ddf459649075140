import type { Task } from '@harborview/contracts/tasks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { Portlet } from '../../shared/ui/Portlet';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { statusText } from '../tasks/task-columns';

import { clusterSummaryQueryOptions, useSetHa, useSetRepairDelay } from './api';
import { HaForm } from './components/HaForm';
import { RepairTimerForm } from './components/RepairTimerForm';

/** What the last save started: the change runs as a task, as vSphere reconfigures a cluster. */
function StartedTask({ task }: { task: Task | undefined }): ReactNode {
  if (!task) return null;
  return (
    <p role="status" className="mt-2 text-sm text-slate-600 dark:text-slate-300">
      Task “{task.name}”: {statusText(task)}. Its progress shows in Recent Tasks.
    </p>
  );
}

/** Configure > vSAN > Services: the Object Repair Timer, saved with `PUT /api/cluster/vsan`. */
export function VsanServicesPage(): ReactNode {
  const summary = useQuery(clusterSummaryQueryOptions());
  const save = useSetRepairDelay();
  if (summary.isPending) return <LoadingState label="vSAN services" />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <Portlet title="vSAN › Services › Advanced Options">
      <RepairTimerForm
        delaySeconds={summary.data.repairTimer.delaySeconds}
        objectsWaiting={summary.data.repairTimer.objectsWaiting}
        saving={save.isPending}
        error={save.error}
        onSave={(seconds) => save.mutateAsync({ repairDelaySeconds: seconds })}
        onReset={save.reset}
      />
      <StartedTask task={save.data} />
    </Portlet>
  );
}

/** Configure > Services > vSphere Availability: HA on/off, saved with `PUT /api/cluster/ha`. */
export function AvailabilityPage(): ReactNode {
  const summary = useQuery(clusterSummaryQueryOptions());
  const save = useSetHa();
  if (summary.isPending) return <LoadingState label="vSphere Availability" />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <Portlet title="Services › vSphere Availability">
      <HaForm
        enabled={summary.data.haEnabled}
        saving={save.isPending}
        error={save.error}
        onSave={(enabled) => save.mutateAsync({ enabled })}
        onReset={save.reset}
      />
      <StartedTask task={save.data} />
    </Portlet>
  );
}
