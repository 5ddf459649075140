import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { eventsQueryOptions } from './api';
import { EventsView } from './EventsView';

/** Container for Monitor > Events of one object (`GET /api/events?entity=<id>`), or of everything when entity is null. */
export function EventsPage({ entity }: { entity: string | null }): ReactNode {
  const events = useQuery(eventsQueryOptions(entity));
  if (events.isPending) return <LoadingState label="events" />;
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  return <EventsView events={events.data} entity={entity} />;
}
