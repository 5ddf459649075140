import type { ClusterSummary } from '@harborview/contracts/cluster';
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

/** What a setting form shows of its save: whether it is under way and its error, and how to clear it. */
function saveStateOf(save: { isPending: boolean; error: unknown; reset: () => void }): {
  saving: boolean;
  error: unknown;
  onReset: () => void;
} {
  return { saving: save.isPending, error: save.error, onReset: save.reset };
}

/** A cluster setting's portlet: the cluster summary's loading and error states, the form, and the task it started. */
function ClusterSettingPortlet({
  label,
  title,
  task,
  children,
}: {
  label: string;
  title: string;
  task: Task | undefined;
  children: (summary: ClusterSummary) => ReactNode;
}): ReactNode {
  const summary = useQuery(clusterSummaryQueryOptions());
  if (summary.isPending) return <LoadingState label={label} />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  return (
    <Portlet title={title}>
      {children(summary.data)}
      <StartedTask task={task} />
    </Portlet>
  );
}

/** Configure > vSAN > Services: the Object Repair Timer, saved with `PUT /api/cluster/vsan`. */
export function VsanServicesPage(): ReactNode {
  const save = useSetRepairDelay();
  return (
    <ClusterSettingPortlet label="vSAN services" title="vSAN › Services › Advanced Options" task={save.data}>
      {({ repairTimer }) => (
        <RepairTimerForm
          delaySeconds={repairTimer.delaySeconds}
          objectsWaiting={repairTimer.objectsWaiting}
          {...saveStateOf(save)}
          onSave={(seconds) => save.mutateAsync({ repairDelaySeconds: seconds })}
        />
      )}
    </ClusterSettingPortlet>
  );
}

/** Configure > Services > vSphere Availability: HA on/off, saved with `PUT /api/cluster/ha`. */
export function AvailabilityPage(): ReactNode {
  const save = useSetHa();
  return (
    <ClusterSettingPortlet label="vSphere Availability" title="Services › vSphere Availability" task={save.data}>
      {({ haEnabled }) => (
        <HaForm enabled={haEnabled} {...saveStateOf(save)} onSave={(enabled) => save.mutateAsync({ enabled })} />
      )}
    </ClusterSettingPortlet>
  );
}
