import type { InventoryNode, InventoryView } from '@harborview/contracts/inventory';
import { INVENTORY_VIEWS } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { tabId, TabList, tabPanelId } from '../../shared/ui/TabList';

import { inventoryQueryOptions } from './api';
import { InventoryTreeView } from './InventoryTreeView';
import { ancestorIds } from './tree-model';

/** The vSphere Client's names for the four navigator views. */
export const VIEW_LABELS: Record<InventoryView, string> = {
  hostsAndClusters: 'Hosts and Clusters',
  vmsAndTemplates: 'VMs and Templates',
  storage: 'Storage',
  networking: 'Networking',
};

export interface NavigatorProps {
  view: InventoryView;
  selectedId: string | null;
  onViewChange: (view: InventoryView) => void;
  onSelect: (node: InventoryNode) => void;
}

/** The left pane: view switcher plus the inventory tree of the chosen view, opened down to the selection. */
export function Navigator({ view, selectedId, onViewChange, onSelect }: NavigatorProps): ReactNode {
  const inventory = useQuery(inventoryQueryOptions());
  const root = inventory.data?.views[view];
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);

  // A deep link (or a search result) must be visible: open every ancestor of the selection once per
  // selection, during render (React's "adjust state when a prop changes" pattern), so the user can still collapse it.
  const openedKey = root ? `${root.id}:${view}:${selectedId}` : null;
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  if (root && openedKey !== openedFor) {
    setOpenedFor(openedKey);
    const path = (selectedId && ancestorIds(root, selectedId)) || [];
    const missing = [root.id, ...path].filter((id) => !expanded.has(id));
    if (missing.length) setExpanded(new Set([...expanded, ...missing]));
  }

  const toggle = (id: string): void =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <nav aria-label="Navigator" data-testid={TEST_IDS.navigator} className="flex h-full flex-col">
      <TabList
        label="Inventory views"
        idPrefix="navigator"
        tabs={INVENTORY_VIEWS.map((v) => ({ id: v, label: VIEW_LABELS[v], testId: TEST_IDS.navigatorViewTab(v) }))}
        selected={view}
        onSelect={onViewChange}
        className="border-b border-slate-200 dark:border-slate-700"
        tabClassName={(selected) =>
          `flex-1 px-1 py-1.5 text-[11px] leading-tight outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
            selected
              ? 'border-b-2 border-sky-600 font-semibold text-sky-800 dark:text-sky-300'
              : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
          }`
        }
      />
      <div
        role="tabpanel"
        id={tabPanelId('navigator', view)}
        aria-labelledby={tabId('navigator', view)}
        className="min-h-0 flex-1 overflow-auto"
      >
        {inventory.isPending && <LoadingState label="inventory" />}
        {inventory.isError && <ErrorState error={inventory.error} onRetry={() => void inventory.refetch()} />}
        {root && (
          <InventoryTreeView
            root={root}
            label={`${VIEW_LABELS[view]} inventory`}
            expanded={expanded}
            selectedId={selectedId}
            focusedId={focusedId ?? selectedId ?? root.id}
            onToggle={toggle}
            onFocus={setFocusedId}
            onSelect={onSelect}
          />
        )}
      </div>
    </nav>
  );
}
