import type { EntityRef } from '@harborview/contracts/entity';
import { ENTITY_TYPE_OF_KIND } from '@harborview/contracts/entity';
import type { ObjectKind } from '@harborview/contracts/inventory';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { SectionNav } from '../../shared/ui/SectionNav';
import { EventsPage } from '../events/EventsPage';
import { AlarmsView } from '../tasks/AlarmsView';
import { alarmsQueryOptions, recentTasksQueryOptions } from '../tasks/api';
import { RecentTasksView } from '../tasks/RecentTasksView';
import { ResyncPage } from '../vsan/ResyncPage';
import { VirtualObjectsPage } from '../vsan/VirtualObjectsPage';

import { monitorSections, resolveSection, sectionPath } from './object-sections';

function useIsThis(kind: ObjectKind, id: string): (ref: EntityRef) => boolean {
  return (ref) => ref.id === id && ref.type === ENTITY_TYPE_OF_KIND[kind];
}

function IssuesSection({ kind, id }: { kind: ObjectKind; id: string }): ReactNode {
  const isThis = useIsThis(kind, id);
  const alarms = useQuery({ ...alarmsQueryOptions(), select: (list) => list.items.filter((a) => isThis(a.entity)) });
  if (alarms.isPending) return <LoadingState label="alarms" />;
  if (alarms.isError) return <ErrorState error={alarms.error} onRetry={() => void alarms.refetch()} />;
  return <AlarmsView alarms={alarms.data} />;
}

function TasksSection({ kind, id }: { kind: ObjectKind; id: string }): ReactNode {
  const isThis = useIsThis(kind, id);
  const tasks = useQuery({
    ...recentTasksQueryOptions(),
    select: (list) => list.items.filter((t) => isThis(t.target)),
  });
  if (tasks.isPending) return <LoadingState label="tasks" />;
  if (tasks.isError) return <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  return <RecentTasksView tasks={tasks.data} />;
}

/** Monitor: the vSphere Client's left list (Issues and Alarms, Tasks, Events, and vSAN views on the cluster). */
export function MonitorView({ kind, id, section }: { kind: ObjectKind; id: string; section?: string }): ReactNode {
  const sections = monitorSections(kind);
  const current = resolveSection(sections, section);
  // The vCenter root has no entity id of its own: its Events list is every event.
  const entity = kind === 'vcenter' ? null : id;
  return (
    <SectionNav
      label="Monitor"
      sections={sections}
      selected={current}
      hrefFor={(s) => sectionPath(kind, id, 'monitor', s)}
    >
      {current === 'issues' && <IssuesSection kind={kind} id={id} />}
      {current === 'tasks' && <TasksSection kind={kind} id={id} />}
      {current === 'events' && <EventsPage entity={entity} />}
      {current === 'vsan-virtual-objects' && <VirtualObjectsPage />}
      {current === 'vsan-resync' && <ResyncPage />}
    </SectionNav>
  );
}
