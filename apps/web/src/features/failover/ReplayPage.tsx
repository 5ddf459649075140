import type { DrillReplay } from '@harborview/contracts/drills';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

import { ErrorState, LoadingState } from '../../shared/ui/QueryState';

import { replayQueryOptions } from './api';
import { useReplayPlayer } from './replay-player';
import { ReplayView } from './ReplayView';

function Player({ replay }: { replay: DrillReplay }): ReactNode {
  const player = useReplayPlayer(replay.frames);
  return <ReplayView replay={replay} player={player} />;
}

/** Route entry for `/failover/drills/:id/replay`: fetched once, then played entirely in the browser. */
export function ReplayPage(): ReactNode {
  const { id = '' } = useParams();
  const replay = useQuery(replayQueryOptions(id));
  if (replay.isError) return <ErrorState error={replay.error} onRetry={() => void replay.refetch()} />;
  if (!replay.data) return <LoadingState label="replay" />;
  // Keyed by drill so the player starts over on another drill.
  return <Player key={replay.data.drillId} replay={replay.data} />;
}
