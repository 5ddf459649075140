import { TEST_IDS } from '@harborview/testids/testids';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { tabId, TabList, tabPanelId } from '../../shared/ui/TabList';
import { useCan } from '../auth/use-can';

import { AlarmsView } from './AlarmsView';
import { acknowledgeAlarm, alarmsQueryOptions, recentTasksQueryOptions, taskKeys } from './api';
import { RecentTasksView } from './RecentTasksView';

type PaneTab = 'tasks' | 'alarms';

/** The collapsible bottom pane of the vSphere Client: Recent Tasks and Alarms. */
export function BottomPane(): ReactNode {
  const [tab, setTab] = useState<PaneTab>('tasks');
  const [open, setOpen] = useState(true);
  const tasks = useQuery(recentTasksQueryOptions());
  const alarms = useQuery(alarmsQueryOptions());
  const active = tab === 'tasks' ? tasks : alarms;
  const queryClient = useQueryClient();
  const can = useCan('operator');
  const acknowledge = useMutation({
    mutationFn: acknowledgeAlarm,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.alarms() }),
  });

  return (
    <section
      aria-label="Recent Tasks and Alarms"
      data-testid={TEST_IDS.bottomPane}
      className="flex min-h-0 flex-col border-t border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between border-b border-slate-200 pr-2 dark:border-slate-700">
        <TabList
          label="Recent Tasks and Alarms"
          idPrefix="bottom-pane"
          tabs={[
            { id: 'tasks', label: 'Recent Tasks' },
            { id: 'alarms', label: `Alarms${alarms.data?.length ? ` (${alarms.data.length})` : ''}` },
          ]}
          selected={tab}
          onSelect={(next) => {
            setTab(next);
            setOpen(true);
          }}
        />
        <button
          type="button"
          aria-expanded={open}
          aria-controls={tabPanelId('bottom-pane', tab)}
          onClick={() => setOpen((o) => !o)}
          className="rounded px-2 text-xs text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {open ? 'Collapse' : 'Expand'}
        </button>
      </div>
      <div
        role="tabpanel"
        id={tabPanelId('bottom-pane', tab)}
        aria-labelledby={tabId('bottom-pane', tab)}
        hidden={!open}
        className="h-40 overflow-auto"
      >
        {active.isPending && <LoadingState label={tab === 'tasks' ? 'recent tasks' : 'alarms'} />}
        {active.isError && <ErrorState error={active.error} onRetry={() => void active.refetch()} />}
        {tab === 'tasks' && tasks.data && <RecentTasksView tasks={tasks.data} />}
        {acknowledge.isError && <ErrorState error={acknowledge.error} />}
        {tab === 'alarms' && alarms.data && (
          <AlarmsView
            alarms={alarms.data}
            onAcknowledge={(id) => acknowledge.mutate(id)}
            acknowledgeDisabledReason={can.title}
          />
        )}
      </div>
    </section>
  );
}
