import type { InventoryView, ObjectKind } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Outlet, useMatch, useNavigate } from 'react-router';

import { defaultViewFor, objectPath } from '../../shared/lib/object-routes';
import { useTheme } from '../../shared/lib/theme';
import { Navigator } from '../navigator/Navigator';
import { BottomPane } from '../tasks/BottomPane';

import { Header } from './Header';

const VIEW_KEY = 'harborview.navigatorView';

function savedView(): InventoryView | null {
  const saved = sessionStorage.getItem(VIEW_KEY);
  return saved === 'hostsAndClusters' || saved === 'vmsAndTemplates' || saved === 'storage' || saved === 'networking'
    ? saved
    : null;
}

/** The vSphere Client's frame: header, navigator on the left, the object workspace, Recent Tasks / Alarms below. */
export function Shell(): ReactNode {
  const { theme, toggleTheme } = useTheme();
  const navigate = useNavigate();
  const match = useMatch('/inventory/:kind/:id/*');
  const selectedId = match?.params.id ?? null;
  const selectedKind = (match?.params.kind ?? 'vcenter') as ObjectKind;
  // The view survives reloads (sessionStorage); a first visit picks the view that shows the selection.
  const [view, setView] = useState<InventoryView>(() => savedView() ?? defaultViewFor(selectedKind));
  const changeView = (next: InventoryView): void => {
    sessionStorage.setItem(VIEW_KEY, next);
    setView(next);
  };
  const open = (kind: ObjectKind, id: string): void => void navigate(objectPath(kind, id));

  return (
    <div className="grid h-screen grid-rows-[auto_1fr] bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header theme={theme} onToggleTheme={toggleTheme} onOpenResult={(r) => open(r.kind, r.id)} />
      <div className="grid min-h-0 grid-cols-[16rem_1fr]">
        <aside className="min-h-0 border-r border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900">
          <Navigator
            view={view}
            selectedId={selectedId}
            onViewChange={changeView}
            onSelect={(node) => open(node.kind, node.id)}
          />
        </aside>
        <div className="grid min-h-0 grid-rows-[1fr_auto]">
          <main className="min-h-0 overflow-auto">
            <Outlet />
          </main>
          <BottomPane />
        </div>
      </div>
    </div>
  );
}
