import { BROWSE_PAGE_SIZE } from '@harborview/contracts/datastore-browse';
import type { Datastore } from '@harborview/contracts/inventory';
import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';

import { objectPath } from '../../shared/lib/object-routes';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { snapRangeToPages } from '../volumes/volume-query';

import { DatastoreFilesView } from './DatastoreFilesView';
import { useBrowsePages } from './use-browse-pages';

/** Container for Datastore > Files: the folder comes from `?path=`, so every folder has a URL; pages load on scroll. */
export function DatastoreFilesPage({ datastore }: { datastore: Datastore }): ReactNode {
  const [params] = useSearchParams();
  const path = params.get('path') ?? '';
  const [range, setRange] = useState({ first: 0, last: 0 });
  const folder = useBrowsePages(datastore.id, path, range);
  const onRangeChange = useCallback(
    (first: number, last: number) => setRange((prev) => snapRangeToPages(prev, first, last, BROWSE_PAGE_SIZE)),
    [],
  );
  const hrefFor = useCallback(
    (p: string) => {
      const base = objectPath('datastore', datastore.id, 'files');
      return p ? `${base}?${new URLSearchParams({ path: p }).toString()}` : base;
    },
    [datastore.id],
  );
  const listing =
    folder.status === 'pending'
      ? { state: <LoadingState label="folder" /> }
      : folder.status === 'error' || folder.total === null
        ? { state: <ErrorState error={folder.error} onRetry={folder.refetch} /> }
        : { total: folder.total, entryAt: folder.entryAt };
  return (
    <DatastoreFilesView
      datastoreName={datastore.name}
      path={path}
      listing={listing}
      hrefFor={hrefFor}
      onRangeChange={onRangeChange}
    />
  );
}
