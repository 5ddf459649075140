import { EventPageSchema } from '@harborview/contracts/events';
import { API_ROUTES } from '@harborview/contracts/routes';
import { queryOptions } from '@tanstack/react-query';

import { request } from '../../shared/lib/http';

// The API's largest page: Monitor > Events shows the latest of them, newest first.
const EVENT_LIMIT = 1000;

/** Query keys of the events slice: all events, or those naming one object. */
export const eventKeys = {
  all: ['events'] as const,
  list: (entity: string | null) => [...eventKeys.all, 'list', { entity }] as const,
};

function eventsUrl(entity: string | null): string {
  const params = new URLSearchParams({ limit: String(EVENT_LIMIT) });
  if (entity) params.set('entity', entity);
  return `${API_ROUTES.events}?${params.toString()}`;
}

/** `GET /api/events?entity=<id>`: Monitor > Events of one host, VM, cluster or volume. */
export const eventsQueryOptions = (entity: string | null) =>
  queryOptions({
    queryKey: eventKeys.list(entity),
    queryFn: ({ signal }) => request(EventPageSchema, eventsUrl(entity), { signal }),
    select: (page) => page.items,
  });
