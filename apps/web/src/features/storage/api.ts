import { BROWSE_PAGE_SIZE } from '@harborview/contracts/datastore-browse';
import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

/** Query keys of the storage slice: a datastore's folders by path, each read a page at a time. */
export const storageKeys = {
  all: ['storage'] as const,
  browse: (datastoreId: string, path: string) => [...storageKeys.all, 'browse', datastoreId, path] as const,
  browsePage: (datastoreId: string, path: string, offset: number, limit: number) =>
    [...storageKeys.browse(datastoreId, path), { offset, limit }] as const,
};

/** `GET /api/datastores/:id/browse?path=&offset=&limit=`: one page of a folder of the datastore's Files tab. */
export const browsePageQueryOptions = (datastoreId: string, path: string, offset: number, limit = BROWSE_PAGE_SIZE) =>
  queryOptions({
    queryKey: storageKeys.browsePage(datastoreId, path, offset, limit),
    queryFn: ({ signal }) =>
      callApi('datastores.browse', { params: { id: datastoreId }, query: { path, offset, limit }, signal }),
  });
