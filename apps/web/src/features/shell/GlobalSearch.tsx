import { TEST_IDS } from '@harborview/testids/testids';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

import { KindIcon } from '../../shared/ui/KindIcon';
import { inventoryQueryOptions } from '../navigator/api';

import { searchInventory } from './search-inventory';
import type { SearchResult } from './search-inventory';

/** Header search: a combobox over every inventory object; Enter or a click opens the object. */
export function GlobalSearch({ onOpen }: { onOpen: (result: SearchResult) => void }): ReactNode {
  const inventory = useQuery(inventoryQueryOptions());
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = inventory.data ? searchInventory(Object.values(inventory.data.views), query) : [];
  const open = query.trim() !== '';

  const choose = (result: SearchResult | undefined): void => {
    if (!result) return;
    onOpen(result);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(results[active]);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  return (
    <div className="relative w-72">
      <input
        type="search"
        role="combobox"
        aria-label="Search inventory"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        data-testid={TEST_IDS.globalSearch}
        placeholder="Search in all environments"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded bg-white/15 px-2 py-1 text-sm text-white placeholder:text-slate-300 focus:bg-white focus:text-slate-900 focus:outline-none"
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Search results"
          className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded border border-slate-300 bg-white text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        >
          {results.length === 0 && <li className="px-2 py-1 text-slate-500">No objects match “{query}”.</li>}
          {results.map((r, i) => (
            <li
              key={`${r.kind}:${r.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
              className={`flex cursor-pointer items-center gap-2 px-2 py-1 ${i === active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
            >
              <KindIcon kind={r.kind} />
              <span>{r.name}</span>
              <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">{r.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
