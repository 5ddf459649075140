import { TEST_IDS } from '@harborview/testids/testids';
import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent, ReactNode } from 'react';
import { useDeferredValue, useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { KindIcon } from '../../shared/ui/KindIcon';
import { harborQueryOptions } from '../harbor/api';
import { inventoryQueryOptions } from '../navigator/api';
import { policiesQueryOptions } from '../policies/api';
import { volumesQueryOptions } from '../volumes/api';

import type { PageResultKind, PageSearchResult, SearchResult } from './search-inventory';
import { PAGE_KIND_LABELS, searchInventory, searchPages } from './search-inventory';

type AnyResult = SearchResult | PageSearchResult;
const isPageResult = (r: AnyResult): r is PageSearchResult => 'path' in r;

const PAGE_PATHS: Record<PageResultKind, (name: string) => string> = {
  volume: CONSOLE_PATHS.volume,
  policy: CONSOLE_PATHS.policy,
  harborService: CONSOLE_PATHS.harborService,
};

// Glyphs for the non-inventory results, drawn like KindIcon's; decorative.
const PAGE_GLYPHS: Record<PageResultKind, string> = {
  volume: 'M4 3c0-1 8-1 8 0v10c0 1-8 1-8 0z M4 3c0 1 8 1 8 0 M4 7c0 1 8 1 8 0',
  policy: 'M8 1.5l5 2v4c0 3.5-2.5 5.5-5 7-2.5-1.5-5-3.5-5-7v-4z',
  harborService: 'M8 2v12 M5 5h6 M3 9c0 3 2.5 5 5 5s5-2 5-5',
};

function ResultIcon({ result }: { result: AnyResult }): ReactNode {
  if (!isPageResult(result)) return <KindIcon kind={result.kind} />;
  return (
    <svg viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.3" aria-hidden="true">
      <path d={PAGE_GLYPHS[result.kind]} />
    </svg>
  );
}

/** The volumes, policies and Harbor services matching the query (volumes filtered by the server: there may be 10,000). */
function usePageResults(query: string): PageSearchResult[] {
  const deferred = useDeferredValue(query.trim());
  const enabled = deferred !== '';
  const volumes = useQuery({
    ...volumesQueryOptions({ filter: deferred, sort: 'name', order: 'asc' }, 1, 10),
    enabled,
  });
  const policies = useQuery({ ...policiesQueryOptions(), enabled });
  const harbor = useQuery({ ...harborQueryOptions(), enabled });
  const sources = {
    volumes: volumes.data?.items.map((v) => v.name) ?? [],
    policies: policies.data?.map((p) => p.name) ?? [],
    harborServices: harbor.data?.services.map((s) => s.name) ?? [],
  };
  return searchPages(sources, query, (kind, name) => PAGE_PATHS[kind](name));
}

/**
 * Header search: a combobox over every inventory object, plus volumes, storage policies and Harbor services;
 * Enter or a click opens the result. Inventory results come first so later arrivals never move the highlight.
 */
export function GlobalSearch({ onOpen }: { onOpen: (result: SearchResult) => void }): ReactNode {
  const inventory = useQuery(inventoryQueryOptions());
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const pageResults = usePageResults(query);
  const results: AnyResult[] = [
    ...(inventory.data ? searchInventory(Object.values(inventory.data.views), query) : []),
    ...pageResults,
  ];
  const open = query.trim() !== '';

  const choose = (result: AnyResult | undefined): void => {
    if (!result) return;
    if (isPageResult(result)) void navigate(result.path);
    else onOpen(result);
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
              key={isPageResult(r) ? r.id : `${r.kind}:${r.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
              className={`flex cursor-pointer items-center gap-2 px-2 py-1 ${i === active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
            >
              <ResultIcon result={r} />
              <span>{r.name}</span>
              <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
                {isPageResult(r) ? PAGE_KIND_LABELS[r.kind] : r.kind}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
