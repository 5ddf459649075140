import type { InventoryNode } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { KeyboardEvent, ReactNode } from 'react';
import { useRef } from 'react';

import { KindIcon } from '../../shared/ui/KindIcon';

import type { TreeKey } from './tree-model';
import { treeKeyAction, visibleNodes } from './tree-model';

const TREE_KEYS: ReadonlySet<string> = new Set(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']);

export interface InventoryTreeViewProps {
  root: InventoryNode;
  label: string;
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  focusedId: string;
  onToggle: (id: string) => void;
  onFocus: (id: string) => void;
  onSelect: (node: InventoryNode) => void;
}

/** The navigator's tree as a WAI-ARIA tree: roving tabindex, arrows move and expand, Enter opens the object. */
export function InventoryTreeView(props: InventoryTreeViewProps): ReactNode {
  const { root, label, expanded, selectedId, onToggle, onFocus, onSelect } = props;
  const nodes = visibleNodes(root, expanded);
  // Exactly one item must stay tabbable even when the remembered one is hidden (view switch, collapse).
  const focusedId = nodes.some((n) => n.node.id === props.focusedId) ? props.focusedId : root.id;
  const itemRefs = useRef(new Map<string, HTMLLIElement>());

  const moveFocus = (id: string): void => {
    onFocus(id);
    itemRefs.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const focused = nodes.find((n) => n.node.id === focusedId)?.node;
    if ((event.key === 'Enter' || event.key === ' ') && focused) {
      event.preventDefault();
      onSelect(focused);
      return;
    }
    if (!TREE_KEYS.has(event.key)) return;
    event.preventDefault();
    const action = treeKeyAction(event.key as TreeKey, nodes, focusedId, expanded);
    if (!action) return;
    if ('focus' in action) moveFocus(action.focus);
    else onToggle('expand' in action ? action.expand : action.collapse);
  };

  return (
    <ul role="tree" aria-label={label} onKeyDown={onKeyDown} className="py-1 text-sm">
      {nodes.map(({ node, level, setSize, posInSet }) => {
        const hasChildren = node.children.length > 0;
        const isExpanded = expanded.has(node.id);
        const isSelected = node.id === selectedId;
        return (
          <li
            key={node.id}
            ref={(el) => {
              if (el) itemRefs.current.set(node.id, el);
              else itemRefs.current.delete(node.id);
            }}
            role="treeitem"
            aria-level={level}
            aria-setsize={setSize}
            aria-posinset={posInSet}
            aria-expanded={hasChildren ? isExpanded : undefined}
            aria-selected={isSelected}
            tabIndex={node.id === focusedId ? 0 : -1}
            data-testid={TEST_IDS.treeItem(node.id)}
            onClick={() => {
              onFocus(node.id);
              onSelect(node);
            }}
            className={`flex cursor-pointer items-center gap-1 py-0.5 pr-2 outline-none focus-visible:ring-2 focus-visible:ring-sky-500 ${
              isSelected ? 'bg-sky-100 font-medium dark:bg-sky-900/60' : 'hover:bg-slate-100 dark:hover:bg-slate-800'
            }`}
            style={{ paddingLeft: `${(level - 1) * 14 + 4}px` }}
          >
            <span
              aria-hidden="true"
              data-testid={hasChildren ? TEST_IDS.treeToggle(node.id) : undefined}
              className="inline-flex h-4 w-4 items-center justify-center text-slate-500"
              onClick={(e) => {
                if (!hasChildren) return;
                e.stopPropagation();
                onToggle(node.id);
              }}
            >
              {hasChildren ? (isExpanded ? '▾' : '▸') : ''}
            </span>
            <KindIcon kind={node.kind} />
            <span className="truncate">{node.name}</span>
          </li>
        );
      })}
    </ul>
  );
}
