import type { Datastore } from '@harborview/contracts/inventory';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

import { objectPath } from '../../shared/lib/object-routes';
import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { browseQueryOptions } from './api';
import { DatastoreFilesView } from './DatastoreFilesView';

/** Container for Datastore > Files: the folder comes from `?path=`, so every folder has a URL. */
export function DatastoreFilesPage({ datastore }: { datastore: Datastore }): ReactNode {
  const [params] = useSearchParams();
  const path = params.get('path') ?? '';
  const folder = useQuery(browseQueryOptions(datastore.id, path));
  const entries = folder.isPending ? (
    <LoadingState label="folder" />
  ) : folder.isError ? (
    <ErrorState error={folder.error} onRetry={() => void folder.refetch()} />
  ) : (
    folder.data.entries
  );
  return (
    <DatastoreFilesView
      datastoreName={datastore.name}
      path={path}
      entries={entries}
      hrefFor={(p) => {
        const base = objectPath('datastore', datastore.id, 'files');
        return p ? `${base}?${new URLSearchParams({ path: p }).toString()}` : base;
      }}
    />
  );
}
