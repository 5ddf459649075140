import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../shared/ui/QueryState';
import { harborKeys, twinClockQueryOptions } from '../../harbor/api';
import { twinNowMs } from '../../harbor/twin-time';
import { useWallClock } from '../../harbor/use-wall-clock';
import { setClock, skipToRepairTimerEnd } from '../api';

import { TimeControlView } from './TimeControlView';

/** The live clock and its controls (container): every change goes through the API and refreshes the clock. */
export function TimeControl(): ReactNode {
  const queryClient = useQueryClient();
  const clock = useQuery(twinClockQueryOptions());
  const wallNow = useWallClock(1000, true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (action: () => Promise<unknown>): void => {
    setBusy(true);
    setError(null);
    action()
      .then(() => queryClient.invalidateQueries({ queryKey: harborKeys.clock() }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  if (clock.isPending) return <LoadingState label="twin clock" />;
  if (clock.isError) return <ErrorState error={clock.error} onRetry={() => void clock.refetch()} />;
  return (
    <TimeControlView
      clock={clock.data}
      twinNowMs={twinNowMs(clock.data, clock.dataUpdatedAt, wallNow)}
      wallNowMs={wallNow}
      busy={busy}
      error={error}
      onSpeed={(speed) => run(() => setClock({ speed, paused: false }))}
      onPause={(paused) => run(() => setClock({ paused }))}
      onSkipRepairTimer={() => run(skipToRepairTimerEnd)}
    />
  );
}
