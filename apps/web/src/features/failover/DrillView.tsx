import type { Drill, DrillFrame } from '@harborview/contracts/drills';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { formatTime } from '../../shared/lib/format';
import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { Portlet } from '../../shared/ui/Portlet';

import type { ChartSeries } from './components/charts/drill-series';
import { DrillCharts } from './components/charts/DrillCharts';
import { DrillStatusBadge } from './components/DrillStatusBadge';
import { DrillTimeline } from './components/DrillTimeline';
import { DrillTopology } from './components/DrillTopology';
import { IntegrityPanel } from './components/IntegrityPanel';
import { RecoveryStopwatch } from './components/RecoveryStopwatch';
import { RepairTimerPanel } from './components/RepairTimerPanel';
import { ResyncPanel } from './components/ResyncPanel';
import type { Loadable } from './loadable';
import { Loaded } from './loadable';
import type { Milestone } from './stopwatch';

export interface DrillViewProps {
  drill: Drill;
  topology: Loadable<DrillFrame>;
  milestones: Milestone[];
  repairSecondsLeft: number | null;
  charts: { objectHealth: ChartSeries; harbor: ChartSeries };
  timeControl: ReactNode;
  recovering: boolean;
  recoverError: string | null;
  onRecover: () => void;
}

const linkClass = 'text-sky-700 underline dark:text-sky-300';

/** The drill report's downloads, each named by its format. */
const REPORT_LINKS = [
  ['md', 'Report (Markdown)'],
  ['json', 'Report (JSON)'],
] as const;

/** `/failover/drills/:id`: one drill watched live, layer by layer, until the data is proven intact and resynced. */
export function DrillView(props: DrillViewProps): ReactNode {
  const { drill } = props;
  return (
    <section aria-labelledby="drill-title" data-testid={TEST_IDS.drillView} className="space-y-3 p-4">
      <header className="space-y-1">
        <nav aria-label="Drill links" className="flex flex-wrap gap-4 text-sm">
          <Link to={CONSOLE_PATHS.failover} className={linkClass}>
            All drills
          </Link>
          <Link to={CONSOLE_PATHS.failoverReplay(drill.id)} className={linkClass}>
            Replay
          </Link>
          {REPORT_LINKS.map(([format, label]) => (
            <a
              key={format}
              href={API_ROUTES.drillReport(drill.id, format)}
              download={`${drill.id}-report.${format}`}
              data-testid={TEST_IDS.drillReport(format)}
              className={linkClass}
            >
              {label}
            </a>
          ))}
        </nav>
        <div className="flex flex-wrap items-center gap-2">
          <h1 id="drill-title" className="text-lg font-semibold">
            {drill.description}
          </h1>
          <DrillStatusBadge status={drill.status} testId={TEST_IDS.drillStatus} />
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Started {formatTime(drill.startedAt)} by {drill.initiator}
          {drill.endedAt && `, ended ${formatTime(drill.endedAt)}`}
        </p>
        {drill.failure && (
          <p
            role="alert"
            className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
          >
            {drill.failure}
          </p>
        )}
      </header>
      <Portlet title="Time">{props.timeControl}</Portlet>
      <Portlet title="Recovery stopwatch">
        <RecoveryStopwatch
          milestones={props.milestones}
          expectedDetectionSeconds={drill.preflight.expectedDetectionSeconds}
        />
      </Portlet>
      <Portlet title="Topology">
        <Loaded value={props.topology}>
          {(frame) => <DrillTopology frame={frame} vmHostBefore={drill.vmHostBefore} />}
        </Loaded>
      </Portlet>
      <Portlet title="Timeline">
        <DrillTimeline entries={drill.timeline} />
      </Portlet>
      <Portlet title="Health over time">
        <DrillCharts objectHealth={props.charts.objectHealth} harbor={props.charts.harbor} />
      </Portlet>
      <div className="grid gap-3 lg:grid-cols-2">
        <Portlet title="Repair timer">
          <RepairTimerPanel repairTimer={drill.repairTimer} secondsLeft={props.repairSecondsLeft} />
        </Portlet>
        <Portlet title="Recover and resync">
          <ResyncPanel drill={drill} busy={props.recovering} error={props.recoverError} onRecover={props.onRecover} />
        </Portlet>
      </div>
      <Portlet title="Registry data integrity">
        <IntegrityPanel integrity={drill.integrity} />
      </Portlet>
    </section>
  );
}
