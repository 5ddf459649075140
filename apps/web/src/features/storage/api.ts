import { BrowseResultSchema } from '@harborview/contracts/datastore-browse';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

/** Query keys of the storage slice: a datastore's folders by path. */
export const storageKeys = {
  all: ['storage'] as const,
  browse: (datastoreId: string, path: string) => [...storageKeys.all, 'browse', datastoreId, path] as const,
};

/** `GET /api/datastores/:id/browse?path=`: one folder of the datastore's Files tab. */
export const browseQueryOptions = (datastoreId: string, path: string) =>
  queryOptions({
    queryKey: storageKeys.browse(datastoreId, path),
    queryFn: ({ signal }) => request(BrowseResultSchema, API_ROUTES.datastoreBrowse(datastoreId, path), { signal }),
  });
