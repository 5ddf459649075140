import { queryOptions } from '@tanstack/react-query';

import { callApi } from '../../shared/lib/api-client';

// The API's largest page: Monitor > Events shows the latest of them, newest first.
const EVENT_LIMIT = 1000;

/** Query keys of the events slice: all events, or those naming one object. */
export const eventKeys = {
  all: ['events'] as const,
  list: (entity: string | null) => [...eventKeys.all, 'list', { entity }] as const,
};

/** `GET /api/events?entity=<id>`: Monitor > Events of one host, VM, cluster or volume. */
export const eventsQueryOptions = (entity: string | null) =>
  queryOptions({
    queryKey: eventKeys.list(entity),
    queryFn: ({ signal }) =>
      callApi('events.list', { query: { limit: EVENT_LIMIT, entity: entity ?? undefined }, signal }),
    select: (page) => page.items,
  });
