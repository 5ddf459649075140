import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatBytes } from '../../shared/lib/format';
import { EmptyState } from '../../shared/ui/QueryState';

import { breadcrumbs, childPath, fileTypeLabel, isOpenable } from './browse-path';

export interface DatastoreFilesViewProps {
  datastoreName: string;
  path: string;
  /** The folder's entries, or a ReactNode state (loading, error) while there are none to show. */
  entries: BrowseEntry[] | ReactNode;
  hrefFor: (path: string) => string;
}

// Folder, link and file glyphs drawn like KindIcon's; decorative, the Type column says the same in words.
const GLYPHS: Record<BrowseEntry['kind'], string> = {
  folder: 'M1.5 4.5h5l1.5 1.5h6.5v7.5h-13z',
  link: 'M3 8h8 M8 5l3 3-3 3 M13 3v10',
  file: 'M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3',
};

function EntryGlyph({ kind }: { kind: BrowseEntry['kind'] }): ReactNode {
  return (
    <svg
      viewBox="0 0 16 16"
      className="mr-1 inline h-4 w-4 align-text-bottom text-slate-500"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.2"
      aria-hidden="true"
    >
      <path d={GLYPHS[kind]} />
    </svg>
  );
}

const linkClass = 'text-sky-700 underline dark:text-sky-300';
const COLUMNS = ['Name', 'Size', 'Type', 'Link target'] as const;

function EntriesTable({
  entries,
  path,
  hrefFor,
}: {
  entries: BrowseEntry[];
  path: string;
  hrefFor: (p: string) => string;
}): ReactNode {
  if (entries.length === 0) return <EmptyState>This folder is empty.</EmptyState>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Contents of {path || 'the datastore root'}</caption>
      <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="px-2 py-1 font-semibold">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr
            key={entry.name}
            data-testid={TEST_IDS.fileRow(entry.name)}
            className="border-t border-slate-100 dark:border-slate-800"
          >
            <th scope="row" className="px-2 py-1 text-left font-normal">
              <EntryGlyph kind={entry.kind} />
              {isOpenable(entry) ? (
                <Link to={hrefFor(childPath(path, entry.name))} className={linkClass}>
                  {entry.name}
                </Link>
              ) : (
                <span className="font-mono text-xs">{entry.name}</span>
              )}
            </th>
            <td className="px-2 py-1">{entry.sizeBytes === null ? '—' : formatBytes(entry.sizeBytes)}</td>
            <td className="px-2 py-1">{fileTypeLabel(entry, path)}</td>
            <td className="px-2 py-1 font-mono text-xs">{entry.target ? `→ ${entry.target}` : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Datastore > Files: a breadcrumb of the folder path and the folder's entries (links shown with their target). */
export function DatastoreFilesView({ datastoreName, path, entries, hrefFor }: DatastoreFilesViewProps): ReactNode {
  const crumbs = breadcrumbs(`[${datastoreName}]`, path);
  return (
    <div data-testid={TEST_IDS.datastoreFiles} className="space-y-2">
      <nav aria-label="Folder path">
        <ol className="flex flex-wrap items-center gap-1 text-sm">
          {crumbs.map((crumb, i) => (
            <li key={crumb.path} className="flex items-center gap-1">
              {i > 0 && <span aria-hidden="true">/</span>}
              {i === crumbs.length - 1 ? (
                <span aria-current="location" className="font-semibold">
                  {crumb.label}
                </span>
              ) : (
                <Link to={hrefFor(crumb.path)} className={linkClass}>
                  {crumb.label}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {Array.isArray(entries) ? <EntriesTable entries={entries} path={path} hrefFor={hrefFor} /> : entries}
    </div>
  );
}
