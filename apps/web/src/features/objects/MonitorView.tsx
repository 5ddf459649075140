import { ENTITY_TYPE_OF_KIND } from '@harborview/contracts/entity';
import type { EntityRef } from '@harborview/contracts/entity';
import type { ObjectKind } from '@harborview/contracts/inventory';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { Portlet } from '../../shared/ui/Portlet';
import { alarmsQueryOptions, recentTasksQueryOptions } from '../tasks/api';
import { AlarmsView } from '../tasks/AlarmsView';
import { RecentTasksView } from '../tasks/RecentTasksView';

/** Monitor: the object's Issues and Alarms plus its Tasks, as the vSphere Client's Monitor tab always has. */
export function MonitorView({ kind, id }: { kind: ObjectKind; id: string }): ReactNode {
  const isThis = (ref: EntityRef): boolean => ref.id === id && ref.type === ENTITY_TYPE_OF_KIND[kind];
  const alarms = useQuery({
    ...alarmsQueryOptions(),
    select: (list) => list.items.filter((a) => isThis(a.entity)),
  });
  const tasks = useQuery({
    ...recentTasksQueryOptions(),
    select: (list) => list.items.filter((t) => isThis(t.target)),
  });
  return (
    <div className="grid gap-3">
      <Portlet title="Issues and Alarms">
        {alarms.isPending && <LoadingState label="alarms" />}
        {alarms.isError && <ErrorState error={alarms.error} />}
        {alarms.data && <AlarmsView alarms={alarms.data} />}
      </Portlet>
      <Portlet title="Tasks">
        {tasks.isPending && <LoadingState label="tasks" />}
        {tasks.isError && <ErrorState error={tasks.error} />}
        {tasks.data && <RecentTasksView tasks={tasks.data} />}
      </Portlet>
    </div>
  );
}
