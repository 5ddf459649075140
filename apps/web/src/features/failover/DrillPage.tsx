import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { drillKeys, drillQueryOptions, recoverDrill, topologyQueryOptions } from './api';
import { toHarborSeries, toObjectHealthSeries } from './components/charts/drill-series';
import { TimeControl } from './components/TimeControl';
import { DrillView } from './DrillView';
import { loadable } from './loadable';
import { chartEndSeconds, repairSecondsLeft, toMilestones } from './stopwatch';
import { useTwinNow } from './use-twin-now';

/** Route entry for `/failover/drills/:id`: the drill and the live topology, kept fresh by the stream. */
export function DrillPage(): ReactNode {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const drill = useQuery(drillQueryOptions(id));
  const topology = useQuery(topologyQueryOptions(id));
  const { nowMs } = useTwinNow();
  const [recovering, setRecovering] = useState(false);
  const [recoverError, setRecoverError] = useState<string | null>(null);

  if (drill.isError) return <ErrorState error={drill.error} onRetry={() => void drill.refetch()} />;
  if (!drill.data) return <LoadingState label="drill" />;

  const chartEnd = chartEndSeconds(drill.data, nowMs);
  const onRecover = (): void => {
    setRecovering(true);
    setRecoverError(null);
    recoverDrill(id)
      .then(() => queryClient.invalidateQueries({ queryKey: drillKeys.live() }))
      .catch((e: unknown) => setRecoverError(e instanceof Error ? e.message : String(e)))
      .finally(() => setRecovering(false));
  };

  return (
    <DrillView
      drill={drill.data}
      topology={loadable(topology, 'topology')}
      milestones={toMilestones(drill.data, nowMs)}
      repairSecondsLeft={repairSecondsLeft(drill.data.repairTimer.endsAt, nowMs) ?? drill.data.repairTimer.secondsLeft}
      charts={{
        objectHealth: toObjectHealthSeries(drill.data.samples, chartEnd),
        harbor: toHarborSeries(drill.data.samples, chartEnd),
      }}
      timeControl={<TimeControl />}
      recovering={recovering}
      recoverError={recoverError}
      onRecover={onRecover}
    />
  );
}
