import { BROWSE_PAGE_SIZE, BrowseResultSchema } from '@harborview/contracts/datastore-browse';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

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
      request(BrowseResultSchema, `${API_ROUTES.datastoreBrowse(datastoreId, path)}&offset=${offset}&limit=${limit}`, {
        signal,
      }),
  });
