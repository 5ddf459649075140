import type { DrillFrame, DrillPreflight, DrillSummary } from '@harborview/contracts/drills';
import type { Host } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { CONSOLE_PATHS } from '../../shared/ui/console-paths';
import { Portlet } from '../../shared/ui/Portlet';

import { DrillList } from './components/DrillList';
import { DrillTopology } from './components/DrillTopology';
import { FaultPicker } from './components/FaultPicker';
import { PreflightPanel } from './components/PreflightPanel';
import { StartDrill } from './components/StartDrill';
import type { FaultDraft } from './fault-form';
import type { Loadable } from './loadable';
import { Loaded } from './loadable';

/** Each part arrives on its own, so the ones that may still be loading (or failed) come as Loadables. */
export interface FailoverViewProps {
  timeControl: ReactNode;
  hosts: readonly Host[];
  harborHostId: string | null;
  draft: FaultDraft;
  onDraftChange: (draft: FaultDraft) => void;
  /** Null while the draft is incomplete (a disk failure with no disk picked). */
  preflight: Loadable<DrillPreflight> | null;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  starting: boolean;
  startError: string | null;
  onStart: () => void;
  topology: Loadable<DrillFrame>;
  drills: Loadable<readonly DrillSummary[]>;
}

/** One drill runs at a time (the BFF refuses a second one): point at the open drill before anyone tries. */
function OpenDrillNotice({ drills }: { drills: Loadable<readonly DrillSummary[]> }): ReactNode {
  const open = drills.ok ? drills.data.find((d) => d.endedAt === null) : undefined;
  if (!open) return null;
  return (
    <p role="note" className="rounded border border-yellow-500 bg-yellow-50 p-2 text-sm dark:bg-yellow-950/40">
      <Link to={CONSOLE_PATHS.failoverDrill(open.id)} className="text-sky-700 underline dark:text-sky-300">
        {open.description}
      </Link>{' '}
      is still open: recover it and let it finish before starting another drill.
    </p>
  );
}

/** `/failover`: pick a fault, read its blast radius, confirm and start; the cluster now; past drills. */
export function FailoverView(props: FailoverViewProps): ReactNode {
  return (
    <section aria-labelledby="failover-title" data-testid={TEST_IDS.failoverPage} className="space-y-3 p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="failover-title" className="text-lg font-semibold">
          Failover
        </h1>
        <Link to={CONSOLE_PATHS.present} className="text-sm text-sky-700 underline dark:text-sky-300">
          Presenter mode: the walkthrough beat by beat
        </Link>
      </header>
      <Portlet title="Time">{props.timeControl}</Portlet>
      <Portlet title="New drill">
        <div className="space-y-4">
          <OpenDrillNotice drills={props.drills} />
          <FaultPicker
            draft={props.draft}
            hosts={props.hosts}
            harborHostId={props.harborHostId}
            onChange={props.onDraftChange}
          />
          <h2 className="text-sm font-semibold">Blast radius</h2>
          {props.preflight === null ? (
            <p className="text-sm">Pick a disk to see what its failure would do.</p>
          ) : (
            <Loaded value={props.preflight}>
              {(preflight) => (
                <>
                  <PreflightPanel preflight={preflight} />
                  <StartDrill
                    preflight={preflight}
                    confirmed={props.confirmed}
                    busy={props.starting}
                    error={props.startError}
                    onConfirmedChange={props.onConfirmedChange}
                    onStart={props.onStart}
                  />
                </>
              )}
            </Loaded>
          )}
        </div>
      </Portlet>
      <Portlet title="Cluster now">
        <Loaded value={props.topology}>{(frame) => <DrillTopology frame={frame} />}</Loaded>
      </Portlet>
      <Portlet title="Drills">
        <Loaded value={props.drills}>{(drills) => <DrillList drills={drills} />}</Loaded>
      </Portlet>
    </section>
  );
}
