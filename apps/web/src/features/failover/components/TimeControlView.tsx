import type { Clock } from '@harborview/contracts/clock';
import { CLOCK_SPEEDS } from '@harborview/contracts/clock';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { secondaryButton } from '../../../shared/ui/form-styles';
import { FormError } from '../../../shared/ui/FormField';
import { useCan } from '../../auth/use-can';

import { SpeedGroup } from './SpeedGroup';

export interface TimeControlViewProps {
  clock: Clock;
  /** Twin time now (extrapolated between fetches) and the wall clock, both in ms. */
  twinNowMs: number;
  wallNowMs: number;
  busy: boolean;
  error: string | null;
  onSpeed: (speed: number) => void;
  onPause: (paused: boolean) => void;
  onSkipRepairTimer: () => void;
}

const timeOf = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

function ClockFigure({ label, ms, testId }: { label: string; ms: number; testId: string }): ReactNode {
  return (
    <div>
      <dt className="text-xs text-slate-600 dark:text-slate-300">{label}</dt>
      <dd data-testid={testId} className="font-mono text-lg tabular-nums">
        {timeOf(ms)}
      </dd>
    </div>
  );
}

/** Twin time beside wall time, the speed (1×, 10×, 60×), pause, and a jump to the end of the repair timer. */
export function TimeControlView(props: TimeControlViewProps): ReactNode {
  const { clock, twinNowMs, wallNowMs, busy, error, onSpeed, onPause, onSkipRepairTimer } = props;
  // Viewers watch the clock; moving it needs an operator.
  const can = useCan('operator');
  const locked = busy || !can.allowed;
  return (
    <div data-testid={TEST_IDS.timeControl} className="flex flex-wrap items-center gap-4 text-sm">
      <dl className="flex gap-4">
        <ClockFigure label="Twin time (UTC)" ms={twinNowMs} testId={TEST_IDS.twinTime} />
        <ClockFigure label="Wall time (UTC)" ms={wallNowMs} testId={TEST_IDS.wallTime} />
      </dl>
      <SpeedGroup
        label="Clock speed"
        speeds={CLOCK_SPEEDS}
        current={clock.paused ? null : clock.speed}
        disabled={locked}
        title={can.title}
        onSpeed={onSpeed}
      />
      <button
        type="button"
        aria-pressed={clock.paused}
        disabled={locked}
        title={can.title}
        onClick={() => onPause(!clock.paused)}
        className={secondaryButton}
      >
        {clock.paused ? 'Resume' : 'Pause'}
      </button>
      <button type="button" disabled={locked} title={can.title} onClick={onSkipRepairTimer} className={secondaryButton}>
        Skip to end of repair timer
      </button>
      <FormError error={error} />
    </div>
  );
}
