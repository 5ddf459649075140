import type { BrowseEntry } from '@harborview/contracts/datastore-browse';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '../../shared/ui/QueryState';

import { breadcrumbs } from './browse-path';
import { FilesTable } from './components/FilesTable';

/** A folder's entries by index, loaded page by page; `entryAt` is undefined for rows still loading. */
export interface FolderListing {
  total: number;
  entryAt: (index: number) => BrowseEntry | undefined;
}

export interface DatastoreFilesViewProps {
  datastoreName: string;
  path: string;
  /** The folder's listing, or a ReactNode state (loading, error) while there is none to show. */
  listing: FolderListing | { state: ReactNode };
  hrefFor: (path: string) => string;
  /** Which entries are on screen, so the container loads their pages. */
  onRangeChange: (first: number, last: number) => void;
}

const linkClass = 'text-sky-700 underline dark:text-sky-300';

/** Datastore > Files: a breadcrumb of the folder path and the folder's entries (links shown with their target). */
export function DatastoreFilesView({
  datastoreName,
  path,
  listing,
  hrefFor,
  onRangeChange,
}: DatastoreFilesViewProps): ReactNode {
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
      {'state' in listing ? (
        listing.state
      ) : listing.total === 0 ? (
        <EmptyState>This folder is empty.</EmptyState>
      ) : (
        // Keyed by folder: a new folder starts at its top with a fresh window of rows.
        <FilesTable
          key={path}
          path={path}
          total={listing.total}
          entryAt={listing.entryAt}
          hrefFor={hrefFor}
          onRangeChange={onRangeChange}
        />
      )}
    </div>
  );
}
