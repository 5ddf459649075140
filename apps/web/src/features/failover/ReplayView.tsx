import type { DrillReplay } from '@harborview/contracts/drills';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { formatDuration } from '../../shared/ui/duration';
import { primaryButton } from '../../shared/ui/form-styles';
import { Portlet } from '../../shared/ui/Portlet';
import { EmptyState } from '../../shared/ui/QueryState';
import { StatusBadge } from '../../shared/ui/StatusBadge';

import { DrillTimeline } from './components/DrillTimeline';
import { DrillTopology } from './components/DrillTopology';
import { SpeedGroup } from './components/SpeedGroup';
import type { ReplayPlayer } from './replay-player';
import { frameAfterKey, REPLAY_SPEEDS } from './replay-player';
import { formatT, formatTwinClock } from './timeline';

/** `/failover/drills/:id/replay`: the recorded frames with a scrubber, play/pause and speed, all in the browser. */
export function ReplayView({ replay, player }: { replay: DrillReplay; player: ReplayPlayer }): ReactNode {
  const scrubberId = useId();
  const frame = replay.frames[player.index];
  const faithful = replay.eventsHash === replay.recordedEventsHash;
  return (
    <section aria-labelledby="replay-title" data-testid={TEST_IDS.replayView} className="space-y-3 p-4">
      <header className="space-y-1">
        <nav aria-label="Replay links" className="flex gap-4 text-sm">
          <Link to={CONSOLE_PATHS.failover} className="text-sky-700 underline dark:text-sky-300">
            All drills
          </Link>
          <Link to={CONSOLE_PATHS.failoverDrill(replay.drillId)} className="text-sky-700 underline dark:text-sky-300">
            The drill
          </Link>
        </nav>
        <h1 id="replay-title" className="text-lg font-semibold">
          Replay of {replay.drillId}
        </h1>
        <p className="text-sm">
          <StatusBadge tone={faithful ? 'ok' : 'warn'}>{faithful ? 'Faithful' : 'Diverged'}</StatusBadge>{' '}
          {faithful
            ? 'Re-run off the live twin from the recorded commands: the same events as recorded.'
            : 'The re-run produced different events from the recording.'}{' '}
          {formatDuration(replay.durationSeconds)} in {replay.frames.length} frames.
        </p>
      </header>
      {!frame ? (
        <EmptyState>This drill recorded no frames.</EmptyState>
      ) : (
        <>
          <Portlet title="Player">
            <div className="flex flex-wrap items-center gap-4 text-sm">
              <button type="button" className={primaryButton} onClick={player.togglePlay}>
                {player.playing ? 'Pause' : 'Play'}
              </button>
              <SpeedGroup
                label="Replay speed"
                speeds={REPLAY_SPEEDS}
                current={player.speed}
                onSpeed={player.setSpeed}
              />
              <label htmlFor={scrubberId} className="sr-only">
                Replay position
              </label>
              <input
                id={scrubberId}
                type="range"
                min={0}
                max={replay.frames.length - 1}
                step={1}
                value={player.index}
                aria-valuetext={`${formatT(frame.tSeconds)}, twin time ${formatTwinClock(frame.time)}`}
                onChange={(e) => player.seek(Number(e.target.value))}
                onKeyDown={(e) => {
                  const next = frameAfterKey(e.key, player.index, replay.frames.length);
                  if (next === null) return;
                  e.preventDefault();
                  player.seek(next);
                }}
                className="min-w-64 flex-1"
              />
              <output htmlFor={scrubberId} data-testid={TEST_IDS.replayPosition} className="font-mono tabular-nums">
                {formatT(frame.tSeconds)} · {formatTwinClock(frame.time)} · frame {player.index + 1} of{' '}
                {replay.frames.length}
              </output>
            </div>
          </Portlet>
          <Portlet title="Topology">
            <DrillTopology frame={frame} vmHostBefore={replay.frames[0]?.vm.hostId ?? null} />
          </Portlet>
          <Portlet title="Timeline">
            <DrillTimeline entries={replay.timeline.slice(0, frame.timelineCount)} />
          </Portlet>
        </>
      )}
    </section>
  );
}
